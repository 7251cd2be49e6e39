import { z } from 'zod';

/** The kinds of problem phrase the checker flags (DESIGN.md, "Apology check JSON"). */
export const FLAG_KINDS = [
  'conditional',
  'blames_feelings',
  'blames_other',
  'minimizing',
  'excuse',
  'passive_voice',
  'demands_forgiveness',
  'overreacting',
  'vague',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const PART_NAMES = ['acknowledgesHarm', 'remorse', 'responsibility', 'commitmentToChange', 'offerOfRepair'] as const;
export type PartName = (typeof PART_NAMES)[number];

export interface Flag {
  kind: FlagKind;
  /** The words as they appear in the draft; `start`/`end` are offsets into it. */
  text: string;
  start: number;
  end: number;
  why: string;
  suggestion: string;
}

export type Verdict = 'genuine' | 'incomplete' | 'non_apology';

export interface ApologyCheck {
  verdict: Verdict;
  parts: Record<PartName, boolean>;
  flags: Flag[];
}

const patternsSchema = z.strictObject({
  version: z.literal(1),
  typos: z.record(z.string().regex(/^[a-z'-]+$/), z.string()),
  flags: z.array(
    z.strictObject({
      kind: z.enum(FLAG_KINDS),
      why: z.string().min(1),
      suggestion: z.string().min(1),
      patterns: z.array(z.string()).min(1),
    }),
  ),
  parts: z.strictObject({
    remorse: z.array(z.string()),
    responsibility: z.array(z.string()),
    offence: z.array(z.string()),
    acknowledgesHarm: z.array(z.string()),
    commitmentToChange: z.array(z.string()),
    offerOfRepair: z.array(z.string()),
  }),
});

/** A compiled pattern, with the words any match must contain (to skip it cheaply when they are absent). */
export interface Pattern {
  re: RegExp;
  words: string[];
}

/** The phrase patterns, compiled. Built once from `data/apology-patterns.json`. */
export interface Checker {
  typos: ReadonlyMap<string, string>;
  flags: ReadonlyArray<{ kind: FlagKind; why: string; suggestion: string; patterns: Pattern[] }>;
  parts: Record<PartName | 'offence', Pattern[]>;
}

/**
 * The literal words every match of a pattern must contain: what is left at the top level once groups,
 * classes, escapes and optional characters are set aside. Empty when the pattern has a top-level `|`
 * (or no literal word), and then the pattern always runs. A necessary condition only, so skipping a
 * pattern whose words are absent never changes a result; it spares V8 compiling most of the hundred
 * patterns for a given draft (a first check went from ~35 ms to ~15 ms, measured here).
 */
export function requiredWords(source: string): string[] {
  let s = source.replace(/\\./g, ' ').replace(/\[[^\]]*\]/g, ' ');
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(/\([^()]*\)/g, ' ');
  }
  if (s.includes('|')) return [];
  return s
    .replace(/.(?:\?|\*|\{0(?:,\d*)?\})/g, ' ')
    .split(/[^a-z']+/)
    .filter((w) => w.length >= 2);
}

/** Validates and compiles the patterns; a broken pattern file fails loudly, naming the pattern. */
export function loadChecker(raw: unknown): Checker {
  const parsed = patternsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`data/apology-patterns.json is not valid:\n${z.prettifyError(parsed.error)}`);
  const compile = (source: string): Pattern => {
    try {
      return { re: new RegExp(source, 'g'), words: requiredWords(source) };
    } catch (error) {
      throw new Error(`data/apology-patterns.json has a bad pattern ${JSON.stringify(source)}: ${(error as Error).message}`);
    }
  };
  const d = parsed.data;
  return {
    typos: new Map(Object.entries(d.typos)),
    flags: d.flags.map((f) => ({ ...f, patterns: f.patterns.map(compile) })),
    parts: Object.fromEntries(Object.entries(d.parts).map(([k, v]) => [k, v.map(compile)])) as Checker['parts'],
  };
}

/**
 * Lowercases, straightens quotes and mends common typos ("im", "sory", "dont"), keeping for each
 * character of the result where it came from in the draft, so flags point at the draft's own words.
 */
export function normalize(text: string, typos: ReadonlyMap<string, string>): { norm: string; starts: number[]; ends: number[] } {
  let norm = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const token = /[\p{L}\p{N}'’‘-]+|[^\p{L}\p{N}'’‘-]/gu;
  for (const m of text.matchAll(token)) {
    const original = m[0];
    const at = m.index ?? 0;
    let word = '';
    for (const ch of original) {
      const lower = ch.toLowerCase();
      word += ch === '’' || ch === '‘' ? "'" : lower.length === ch.length ? lower : ch;
    }
    const fixed = typos.get(word);
    if (fixed !== undefined) {
      norm += fixed;
      for (let i = 0; i < fixed.length; i++) {
        starts.push(at);
        ends.push(at + original.length);
      }
    } else {
      norm += word;
      for (let i = 0; i < word.length; i++) {
        starts.push(at + i);
        ends.push(at + i + 1);
      }
    }
  }
  return { norm, starts, ends };
}

/** Sentences as [start, end) ranges of the normalised text: flags never reach across a full stop. */
function sentences(norm: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^.!?\n;]+[.!?\n;]*/g;
  for (const m of norm.matchAll(re)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

function mayMatch(p: Pattern, text: string): boolean {
  return p.words.every((w) => text.includes(w));
}

function anyMatch(patterns: readonly Pattern[], text: string): boolean {
  return patterns.some((p) => {
    if (!mayMatch(p, text)) return false;
    p.re.lastIndex = 0;
    return p.re.test(text);
  });
}

/** Reads a draft and says which parts are there, which phrases hurt (and where), and a verdict. */
export function checkApology(draft: string, checker: Checker): ApologyCheck {
  const { norm, starts, ends } = normalize(draft, checker.typos);
  const flags: Flag[] = [];
  /** A flag for the normalised span [s, e), pointing at the draft's own words. */
  const flagAt = (rule: Pick<Flag, 'kind' | 'why' | 'suggestion'>, s: number, e: number): Flag => {
    const start = starts[s] ?? 0;
    const end = ends[e - 1] ?? draft.length;
    return { kind: rule.kind, text: draft.slice(start, end), start, end, why: rule.why, suggestion: rule.suggestion };
  };
  const rules = checker.flags.map((rule) => ({ ...rule, patterns: rule.patterns.filter((p) => mayMatch(p, norm)).map((p) => p.re) }));
  for (const [from, to] of sentences(norm)) {
    const sentence = norm.slice(from, to);
    for (const rule of rules) {
      for (const re of rule.patterns) {
        re.lastIndex = 0;
        for (const m of sentence.matchAll(re)) {
          const text = m[0].replace(/^[\s,;]+/, '').replace(/[\s,.;!?]+$/, '');
          if (text === '') continue;
          const s = from + (m.index ?? 0) + m[0].indexOf(text);
          const flag = flagAt(rule, s, s + text.length);
          if (flags.some((f) => f.kind === rule.kind && f.start < flag.end && flag.start < f.end)) continue;
          flags.push(flag);
        }
      }
    }
  }
  const has = (part: PartName | 'offence') => anyMatch(checker.parts[part], norm);
  const offenceNamed = has('offence');
  const parts: Record<PartName, boolean> = {
    acknowledgesHarm: has('acknowledgesHarm'),
    remorse: has('remorse'),
    responsibility: has('responsibility') || offenceNamed,
    commitmentToChange: has('commitmentToChange'),
    offerOfRepair: has('offerOfRepair'),
  };
  // Sorry, but for nothing in particular: "I'm sorry. I was wrong. I'll do better."
  if (parts.remorse && !offenceNamed && !flags.some((f) => f.kind === 'vague')) {
    const re = (checker.parts.remorse[0] as Pattern).re;
    re.lastIndex = 0;
    const m = re.exec(norm);
    const rule = checker.flags.find((f) => f.kind === 'vague');
    if (m && rule) flags.push(flagAt(rule, m.index, m.index + m[0].length));
  }
  flags.sort((a, b) => a.start - b.start);
  const core = parts.acknowledgesHarm && parts.remorse && parts.responsibility && parts.commitmentToChange;
  return { verdict: flags.length > 0 ? 'non_apology' : core ? 'genuine' : 'incomplete', parts, flags };
}
