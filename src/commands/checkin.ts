import { type Context, print, printJson, today } from '../context.js';
import {
  type Answers,
  CARE_LINES,
  type CheckinFields,
  closingLine,
  EMPTY_CHECKIN,
  isEmptyCheckin,
  mergeCheckin,
  needsCare,
  streakEndingOn,
} from '../domain/checkin.js';
import { type Day, describeDay, describeTime, isAfterMidnightBeforeDayEnds } from '../domain/journal-day.js';
import { decideMark, isOverdue, type Mark, occurrenceKey, type TrustPromise } from '../domain/promises.js';
import type { Question } from '../domain/questions.js';
import { formatSetting, type Settings } from '../domain/settings.js';
import { CancelledError, UserError } from '../errors.js';
import { checkinStore } from '../store/checkins-store.js';
import { promiseStore } from '../store/promises-store.js';
import { settingsStore } from '../store/settings-store.js';
import { canPrompt, loadPrompter, type Prompter } from '../ui/prompts.js';
import { renderCheckin } from '../ui/render-checkin.js';
import { askSettings, saveSettings } from './init.js';
import { dayOption, isoNow, textOption } from './shared.js';

export interface CheckinOptions {
  date?: string;
  trust?: number;
  mood?: number;
  talked?: boolean;
  win?: string;
  trigger?: string;
  note?: string;
  input?: boolean;
  json?: boolean;
}

type Decision = { mark: Mark | 'later'; note: string | null };

/** What an interrupted check-in keeps: answers by question id, promise decisions, and text being typed. */
interface DraftState {
  answers: Record<string, string | number | boolean | null>;
  promises: Record<string, Decision>;
  typing?: { id: string; text: string };
}

/** `trust checkin`: the evening check-in, asked or taken from flags; one per journal day. */
export default async function checkin(ctx: Context, opts: CheckinOptions): Promise<void> {
  const noInput = opts.input === false;
  const interactive = canPrompt(ctx, noInput);
  const given = fieldsFromFlags(opts);
  let prompter: Prompter | undefined;
  let settings = ctx.settings();
  if (interactive && !settingsStore(ctx.db()).isInitialised()) {
    prompter = await loadPrompter(ctx);
    print(ctx, 'Welcome. A few questions first, so trust fits your evenings (you can change them later with trust config).');
    settings = await askSettings(prompter, settings);
    saveSettings(ctx, settings);
    print(ctx);
  }
  const day = dayOption(ctx, '--date', opts.date, 'past');
  if (day > today(ctx)) throw new UserError(`--date ${day} is in the future; a check-in is for today or a day before.`);
  const store = checkinStore(ctx.db());
  const existing = store.get(day);

  if (opts.date === undefined && isAfterMidnightBeforeDayEnds(ctx.now(), settings.dayEndsAt) && !opts.json) {
    const ends = formatSetting('dayEndsAt', settings.dayEndsAt);
    print(ctx, ctx.color.dim(`It is past midnight, so this check-in is for ${describeDay(day)} (your day ends at ${ends}).`));
  }

  let fields: CheckinFields;
  if (!interactive) {
    if (isEmptyCheckin({ ...EMPTY_CHECKIN, ...stripUndefined(given) })) {
      const why = noInput ? 'with --no-input' : 'when input is not a terminal';
      throw new UserError(
        `No answers given, and trust cannot ask ${why}: give them as flags, e.g. --trust 7 --mood 4 --talked --note "…".`,
      );
    }
    fields = mergeCheckin(existing ?? EMPTY_CHECKIN, given);
    saveCheckin(ctx, day, fields, {});
  } else {
    prompter ??= await loadPrompter(ctx);
    const result = await askCheckin(ctx, prompter, settings, day, existing, given);
    if (!result) return;
    fields = result.fields;
    saveCheckin(ctx, day, fields, result.decisions);
  }

  const saved = store.get(day);
  if (!saved) throw new Error('the check-in was not saved');
  if (opts.json) return printJson(ctx, saved);
  const streak = streakEndingOn(store.streakDays(day), day, false);
  print(ctx, existing ? `Updated the check-in for ${describeDay(day)}.` : closingLine(fields, streak));
  if (existing && fields.win && fields.win !== existing.win) print(ctx, `A win worth keeping: "${fields.win.trim()}".`);
  if (needsCare(fields)) for (const line of CARE_LINES) print(ctx, ctx.color.dim(line));
}

function fieldsFromFlags(opts: CheckinOptions): Partial<CheckinFields> {
  return {
    trust: opts.trust,
    mood: opts.mood,
    talked: opts.talked,
    win: textOption('--win', opts.win) ?? undefined,
    trigger: textOption('--trigger', opts.trigger) ?? undefined,
    note: textOption('--note', opts.note) ?? undefined,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Promises to review on `day`: one-off ones due that day or overdue, and recurring ones that fall on it, not yet marked. */
export function promisesToReview(ctx: Pick<Context, 'db' | 'now'>, settings: Settings, day: Day): TrustPromise[] {
  const promises = promiseStore(ctx.db());
  return promises.open().filter((p) => {
    if (p.madeOn > day) return false;
    if (p.every === null) return p.due !== null && (p.due.slice(0, 10) <= day || isOverdue(p, ctx.now(), settings.dayEndsAt));
    const key = occurrenceKey(p.every, day, settings.weekStartsOn);
    return key !== null && !promises.occurrences(p.id).some((o) => o.occursOn === key);
  });
}

/** Writes the check-in and the promise marks in one transaction, after checking every mark can be made. */
function saveCheckin(ctx: Context, day: Day, fields: CheckinFields, decisions: Record<string, Decision>): void {
  const db = ctx.db();
  const settings = ctx.settings();
  const promises = promiseStore(db);
  const at = isoNow(ctx);
  const isNow = day === today(ctx);
  const marks = Object.entries(decisions).flatMap(([id, d]) => {
    if (d.mark === 'later') return [];
    const p = promises.require(Number(id));
    const result = decideMark(p, { mark: d.mark, day, now: ctx.now(), note: d.note, isNow, ...settings }, promises.occurrences(p.id));
    if (!result.ok) throw new UserError(result.message);
    return [{ id: p.id, result }];
  });
  db.transaction(() => {
    checkinStore(db).save(day, fields, at);
    for (const { id, result } of marks) promises.applyMark(id, result, at);
  }).immediate();
}

async function askCheckin(
  ctx: Context,
  prompt: Prompter,
  settings: Settings,
  day: Day,
  existing: ReturnType<ReturnType<typeof checkinStore>['get']>,
  given: Partial<CheckinFields>,
): Promise<{ fields: CheckinFields; decisions: Record<string, Decision> } | null> {
  const store = checkinStore(ctx.db());
  // Loaded here, not at the top: zod and the bank cost start-up that a --no-input run never needs.
  const [{ loadQuestionBank, questionsFor }, { default: bankJson }] = await Promise.all([
    import('../domain/questions.js'),
    import('../../data/questions.json', { with: { type: 'json' } }),
  ]);
  const bank = questionsFor(loadQuestionBank(bankJson), settings.role, settings.partner);
  const state: DraftState = { answers: {}, promises: {} };
  try {
    if (existing) {
      print(ctx, `You already checked in for ${describeDay(day)}:`);
      print(ctx, renderCheckin(existing, bank, ctx.color));
      if (!(await prompt.confirm('Update it?', false))) {
        print(ctx, 'Left as it was.');
        return null;
      }
    }
    const draft = store.draft(day);
    if (draft) {
      const when = describeTime(new Date(draft.updatedAt));
      if (
        await prompt.confirm(
          `You started a check-in for ${describeDay(day)} at ${when} and did not finish. Pick up where you left off?`,
          true,
        )
      ) {
        Object.assign(state, draft.answers as unknown as DraftState);
      } else {
        store.discardDraft(day);
      }
    }
    const base = existing ?? { ...EMPTY_CHECKIN };
    const current = (q: Question) => (q.id in given && given[q.id as keyof CheckinFields] !== undefined ? undefined : answerIn(base, q.id));
    const ask = async (q: Question) => {
      if (q.id in state.answers) return;
      if ((given as Record<string, unknown>)[q.id] !== undefined) return;
      state.answers[q.id] = await askQuestion(prompt, q, current(q) ?? null, state);
      delete state.typing;
    };
    print(ctx, ctx.color.dim('Every question can be skipped with Enter.'));
    for (const q of bank.filter((q) => !q.last)) await ask(q);
    for (const p of promisesToReview(ctx, settings, day)) {
      if (String(p.id) in state.promises) continue;
      state.promises[p.id] = await askPromise(prompt, p, ctx, settings, state);
      delete state.typing;
    }
    for (const q of bank.filter((q) => q.last)) await ask(q);
    return { fields: mergeCheckin(base, { ...fieldsFromAnswers(state.answers), ...stripUndefined(given) }), decisions: state.promises };
  } catch (error) {
    if ((error as Error)?.name !== 'ExitPromptError') throw error;
    const typed = Object.keys(state.answers).length > 0 || Object.keys(state.promises).length > 0 || Boolean(state.typing?.text);
    if (!typed) throw new CancelledError();
    store.saveDraft(day, state as unknown as Record<string, unknown>, isoNow(ctx));
    throw new CancelledError(
      'Cancelled — no check-in saved. What you typed is kept: run trust checkin again to pick up where you left off.',
    );
  }
}

function answerIn(base: CheckinFields, id: string): string | number | boolean | null {
  if (id === 'trust' || id === 'mood' || id === 'talked' || id === 'win' || id === 'trigger' || id === 'note') return base[id];
  return base.answers[id] ?? null;
}

async function askQuestion(prompt: Prompter, q: Question, current: string | number | boolean | null, state: DraftState) {
  if (q.kind === 'scale') {
    return prompt.scale(q.ask, q.min ?? 1, q.max ?? 10, {
      default: typeof current === 'number' ? current : null,
      ...(q.hint ? { hint: q.hint } : {}),
    });
  }
  if (q.kind === 'yesno') {
    return prompt.choose<boolean | null>(
      q.ask,
      [
        { name: 'Yes', value: true },
        { name: 'No', value: false },
        { name: 'Skip', value: null },
      ],
      typeof current === 'boolean' ? current : null,
    );
  }
  const resumed = state.typing?.id === q.id ? state.typing.text : null;
  return prompt.text(q.ask, {
    default: resumed ?? (typeof current === 'string' ? current : null),
    onChange: (text) => {
      state.typing = { id: q.id, text };
    },
  });
}

async function askPromise(prompt: Prompter, p: TrustPromise, ctx: Context, settings: Settings, state: DraftState): Promise<Decision> {
  const overdue = isOverdue(p, ctx.now(), settings.dayEndsAt);
  const what = p.every ? `(${p.every === 'week' ? 'this week' : 'today'})` : overdue ? '(overdue)' : '(due today)';
  const choices: Array<{ name: string; value: Decision['mark'] }> = [
    { name: 'Kept', value: 'kept' },
    { name: 'Not yet', value: 'later' },
    { name: 'Broken', value: 'broken' },
  ];
  if (!overdue) choices.push({ name: 'Renegotiated honestly (with a short note)', value: 'released' });
  const mark = await prompt.choose(`Promise ${p.id}: "${p.text}" ${what}`, choices, 'later');
  if (mark === 'released' || mark === 'broken') {
    const key = `promise-${p.id}`;
    const note = await prompt.text(mark === 'released' ? 'What did you agree instead?' : 'A short note (optional)', {
      required: mark === 'released',
      onChange: (text) => {
        state.typing = { id: key, text };
      },
    });
    return { mark, note };
  }
  return { mark, note: null };
}

function fieldsFromAnswers(answers: DraftState['answers']): Partial<CheckinFields> {
  const rest: Answers = {};
  const fields: Partial<CheckinFields> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (id === 'trust' || id === 'mood') fields[id] = typeof value === 'number' ? value : null;
    else if (id === 'talked') fields.talked = typeof value === 'boolean' ? value : null;
    else if (id === 'win' || id === 'trigger' || id === 'note') fields[id] = typeof value === 'string' ? value : null;
    else if (value !== null) rest[id] = value as string | boolean;
  }
  fields.answers = rest;
  return fields;
}
