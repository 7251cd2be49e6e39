import { describe, expect, it } from 'vitest';
import patterns from '../../data/apology-patterns.json' with { type: 'json' };
import { checkApology, loadChecker, requiredWords } from '../../src/domain/apology.js';
import holdout from '../fixtures/apology-holdout.json' with { type: 'json' };
import labelled from '../fixtures/apology-set.json' with { type: 'json' };

const checker = loadChecker(patterns);
const check = (text: string) => checkApology(text, checker);
const kinds = (text: string) => check(text).flags.map((f) => f.kind);

describe('the labelled drafts', () => {
  const all = [...labelled, ...holdout] as Array<{ verdict: string; text: string }>;
  it('has at least 80 drafts, of all three verdicts', () => {
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(new Set(all.map((d) => d.verdict))).toEqual(new Set(['genuine', 'incomplete', 'non_apology']));
  });
  it.each(all.map((d) => [d.verdict, d.text]))('%s: %s', (verdict, text) => {
    expect(check(text).verdict).toBe(verdict);
  });
});

describe('reads the sentence, not the keyword', () => {
  it('"if you\'re willing, I\'d like to…" is not conditional', () => {
    expect(kinds("I'm sorry I lied. If you're willing, I'd like to go through the accounts with you.")).not.toContain('conditional');
  });
  it('"sorry if I hurt you" is conditional', () => {
    expect(kinds("I'm sorry if I hurt you.")).toContain('conditional');
  });
  it('"I know it\'s hard, but I\'m committed…" is not an excuse', () => {
    expect(kinds("I'm sorry I lied to you. I know it's hard, but I'm committed to being honest.")).not.toContain('excuse');
  });
  it('"sorry, but I was exhausted" is an excuse', () => {
    expect(kinds('sorry, but I was exhausted')).toContain('excuse');
  });
  it('"just" in "I just want you to know" is not minimizing', () => {
    expect(kinds("I'm sorry I hid the messages. I just want you to know I'll be open now.")).not.toContain('minimizing');
  });
  it('"Let\'s not make this a whole thing" is flagged without any tell-tale keyword', () => {
    expect(kinds("Let's not make this a whole thing.")).toContain('demands_forgiveness');
  });
  it('lowercase and missing apostrophes are read: "im sorry u feel that way"', () => {
    expect(kinds('im sorry u feel that way')).toContain('blames_feelings');
  });
  it('typos are read: "im realy sory if i upset you"', () => {
    expect(kinds('im realy sory if i upset you')).toContain('conditional');
  });
  it('a flag points at the words in the draft, even after mending a typo', () => {
    const draft = 'Look. Im sory you feel that way.';
    const flag = check(draft).flags.find((f) => f.kind === 'blames_feelings');
    expect(flag && draft.slice(flag.start, flag.end)).toBe('sory you feel');
  });
  it('a flag never reaches across a full stop', () => {
    expect(kinds("I'm sorry I lied. But I was honest about everything else, and I will be from now on.")).not.toContain('excuse');
  });
});

describe('each flag kind', () => {
  it.each([
    ['conditional', "I'm sorry if that upset you."],
    ['blames_feelings', "I'm sorry you feel that way."],
    ['blames_other', 'I only lied because you always overreact.'],
    ['minimizing', "It wasn't a big deal, it was only one drink."],
    ['excuse', "I'm sorry, but I was exhausted."],
    ['passive_voice', 'Mistakes were made.'],
    ['demands_forgiveness', 'Can we just move on now?'],
    ['overreacting', "You're overreacting."],
    ['vague', "I'm sorry for everything."],
  ])('%s: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('verdicts', () => {
  it('genuine needs harm, remorse, responsibility and commitment, and no flag', () => {
    expect(
      check("I'm sorry I lied about the money. I know it scared you. It was my fault. From now on I'll show you every statement."),
    ).toMatchObject({
      verdict: 'genuine',
      parts: { acknowledgesHarm: true, remorse: true, responsibility: true, commitmentToChange: true },
    });
  });
  it('a missing commitment makes it incomplete', () => {
    expect(check("I'm sorry I lied about the money. I know it scared you. It was my fault.")).toMatchObject({
      verdict: 'incomplete',
      parts: { commitmentToChange: false },
    });
  });
  it('an offer of repair is noticed', () => {
    expect(check("I'm sorry I missed dinner. What can I do to make it right?").parts.offerOfRepair).toBe(true);
  });
});

describe('loadChecker', () => {
  it('refuses a pattern file with an unknown flag kind', () => {
    const bad = { ...patterns, flags: [{ kind: 'rude', why: 'x', suggestion: 'y', patterns: ['x'] }] };
    expect(() => loadChecker(bad)).toThrowError(/apology-patterns.json is not valid/);
  });
  it('refuses a pattern that is not a regular expression, naming it', () => {
    const bad = { ...patterns, flags: [{ kind: 'vague', why: 'x', suggestion: 'y', patterns: ['(unclosed'] }] };
    expect(() => loadChecker(bad)).toThrowError(/bad pattern "\(unclosed"/);
  });
});

describe('a few more readings', () => {
  it('"I broke that trust" acknowledges the harm', () => {
    expect(check("I'm sorry I lied about the money. You trusted me and I broke that trust.").parts.acknowledgesHarm).toBe(true);
  });
  it('"Won\'t happen again" is a commitment, even without "it"', () => {
    expect(check("I forgot our dinner. Won't happen again.").parts.commitmentToChange).toBe(true);
  });
});

describe('requiredWords (a necessary condition for a pattern to match)', () => {
  it.each([
    ['\\bsorry (?:that )?you (?:feel|felt)', ['sorry', 'you']],
    ['\\bit takes two\\b', ['it', 'takes', 'two']],
    ['\\b(?:sorry|apologize)\\b[^.!?]{0,25}?\\bif\\b', ['if']],
    ['\\bi (?:chose|decided) to\\b', ['to']],
    ['\\bjust (?:friends|texting)s?\\b', ['just']],
    ['\\bcalm down\\b|\\bchill\\b', []],
  ])('%s needs %j', (source, words) => {
    expect(requiredWords(source)).toEqual(words);
  });

  it('every pattern in the data matches a text that holds its words, and no pattern is skipped wrongly on the labelled drafts', () => {
    const skippedButMatching = [...labelled, ...holdout].flatMap(({ text }) => {
      const norm = text.toLowerCase();
      return [...patterns.flags.flatMap((f) => f.patterns), ...Object.values(patterns.parts).flat()].filter(
        (source) => new RegExp(source).test(norm) && !requiredWords(source).every((w) => norm.includes(w)),
      );
    });
    expect(skippedButMatching).toEqual([]);
  });
});
