import { PassThrough } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { runIn, tempDb } from '../helpers.js';

/** Runs `trust ARGS` in-process as if on a terminal; the prompts read and write the test screen. */
function startOnTerminal(args: string[], db: string, now = new Date(2026, 10, 22, 22, 0)) {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const done = main({
    argv: args,
    stdout: { write: (s: string) => (stdout += s), isTTY: true },
    stderr: { write: (s: string) => (stderr += s) },
    stdin,
    env: { TRUST_DB: db, NO_COLOR: '1' },
    now: () => now,
  });
  return { done, out: () => stdout, err: () => stderr };
}

async function answer(question: RegExp, keys: string | null, key = 'enter') {
  await vi.waitFor(() => expect(screen.getScreen()).toMatch(question), { timeout: 3000 });
  if (keys) screen.type(keys);
  screen.keypress(key);
}

/** Waits for a select prompt, moves with the arrow keys, and presses Enter. */
async function choose(question: RegExp, ...moves: Array<'up' | 'down'>) {
  await vi.waitFor(() => expect(screen.getScreen()).toMatch(question), { timeout: 3000 });
  for (const move of moves) screen.keypress(move);
  screen.keypress('enter');
}

async function setUp(role = 'repairing') {
  const db = tempDb();
  await runIn(['init', '--role', role, '--partner', 'Sam', '--no-input'], { db });
  return db;
}

describe('the check-in, driven by keystrokes', () => {
  it('asks trust and mood first, then the rest, and saves every answer', async () => {
    const db = await setUp('repairing');
    const run = startOnTerminal(['checkin'], db);
    await answer(/Trust today, 1-10/, '7');
    await answer(/Mood, 1-5/, '4');
    await answer(/how do you feel about the two of you/, 'Closer');
    await answer(/talk honestly/, null); // Skip is the default
    await answer(/appreciated in Sam/, '');
    await answer(/small win/, 'Cooked together');
    await answer(/doubt or hurt/, '');
    await choose(/open about your plans/, 'up', 'up'); // Yes
    await answer(/defensive/, null);
    await answer(/relied on/, 'Came home on time');
    await answer(/Anything else/, 'A good evening');
    expect(await run.done).toBe(0);
    expect(run.out()).toContain('A win worth keeping: "Cooked together"');
    const saved = JSON.parse((await runIn(['checkin', 'show', '--json'], { db, now: new Date(2026, 10, 22, 22, 5) })).stdout);
    expect(saved).toMatchObject({
      date: '2026-11-22',
      trust: 7,
      mood: 4,
      talked: null,
      win: 'Cooked together',
      trigger: null,
      note: 'A good evening',
      answers: { feelAboutUs: 'Closer', open: true, reliable: 'Came home on time' },
    });
  });

  it('a scale refuses an out-of-range number and asks again', async () => {
    const db = await setUp('healing');
    const run = startOnTerminal(['checkin', '--mood', '3', '--talked', '--win', 'x', '--trigger', 'y', '--note', 'z'], db);
    await answer(/Trust today/, '12');
    await vi.waitFor(() => expect(screen.getScreen()).toContain('A whole number from 1 to 10'));
    screen.keypress('backspace');
    screen.keypress('backspace');
    screen.type('3');
    screen.keypress('enter');
    for (const q of [/feel about the two of you/, /appreciated/, /feel safe/, /effort/, /need right now/]) await answer(q, null);
    expect(await run.done).toBe(0);
    const saved = JSON.parse((await runIn(['checkin', 'show', '--json'], { db, now: new Date(2026, 10, 22, 22, 5) })).stdout);
    expect([saved.trust, saved.mood, saved.talked]).toEqual([3, 3, true]);
  });

  it('Ctrl-C stores no check-in, exits 130, and keeps the note being typed for the next run', async () => {
    const db = await setUp('repairing');
    const first = startOnTerminal(['checkin', '--trust', '5', '--mood', '2'], db);
    await answer(/how do you feel about the two of you/, 'Tired but hopeful');
    await answer(/talk honestly/, null);
    await vi.waitFor(() => expect(screen.getScreen()).toMatch(/appreciated in Sam/));
    screen.type('The way you listened when I');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await first.done).toBe(130);
    expect(first.err()).toContain('no check-in saved');
    expect((await runIn(['checkin', 'show'], { db })).code).toBe(2);

    const second = startOnTerminal(['checkin', '--trust', '5', '--mood', '2'], db);
    await answer(/did not finish. Pick up where you left off/, null);
    await vi.waitFor(() => expect(screen.getScreen()).toContain('The way you listened when I'));
    screen.type(' explained');
    screen.keypress('enter');
    for (const q of [/small win/, /doubt or hurt/, /open about your plans/, /defensive/, /relied on/, /Anything else/])
      await answer(q, null);
    expect(await second.done).toBe(0);
    const saved = JSON.parse((await runIn(['checkin', 'show', '--json'], { db, now: new Date(2026, 10, 22, 22, 5) })).stdout);
    expect(saved.answers).toEqual({ feelAboutUs: 'Tired but hopeful', connection: 'The way you listened when I explained' });
  });

  it('a second check-in the same day shows the first and updates it, never a duplicate', async () => {
    const db = await setUp('repairing');
    await runIn(['checkin', '--trust', '4', '--no-input'], { db, now: new Date(2026, 10, 22, 21, 0) });
    const run = startOnTerminal(['checkin'], db);
    await answer(/Update it\?/, 'y');
    await answer(/Trust today/, null); // Enter keeps 4
    await answer(/Mood/, '5');
    for (const q of [
      /feel about/,
      /talk honestly/,
      /appreciated/,
      /small win/,
      /doubt/,
      /open about/,
      /defensive/,
      /relied on/,
      /Anything else/,
    ])
      await answer(q, null);
    expect(await run.done).toBe(0);
    const list = JSON.parse((await runIn(['checkin', 'list', '--json'], { db })).stdout);
    expect(list.map((c: { trust: number; mood: number }) => [c.trust, c.mood])).toEqual([[4, 5]]);
  });

  it('reviews the promises due today: kept, broken, renegotiated with a note, and a recurring one', async () => {
    const db = await setUp('repairing');
    const at = new Date(2026, 10, 22, 9, 0);
    await runIn(['promise', 'add', 'Call the bank', '--due', 'today 18:00'], { db, now: at });
    await runIn(['promise', 'add', 'Pick up the kids', '--due', 'today 23:00'], { db, now: at });
    await runIn(['promise', 'add', 'Dinner out', '--due', 'today 23:30'], { db, now: at });
    await runIn(['promise', 'add', 'Share my plans', '--every', 'day'], { db, now: at });
    await runIn(['promise', 'add', 'Not due yet', '--due', 'fri'], { db, now: at });
    const run = startOnTerminal(['checkin', '--trust', '6', '--mood', '3', '--talked', '--win', 'w', '--trigger', 't', '--note', 'n'], db);
    for (const q of [/feel about/, /appreciated/, /open about/, /defensive/, /relied on/]) await answer(q, null);
    // The cursor starts on "Not yet": Kept is above it, Broken and Renegotiated below.
    await choose(/Promise 1: "Call the bank" \(overdue\)/, 'up');
    await choose(/Promise 2: "Pick up the kids"/, 'down');
    await answer(/A short note/, 'Traffic, and I left too late');
    await choose(/Promise 3: "Dinner out"/, 'down', 'down');
    await answer(/What did you agree instead/, 'Saturday, together');
    await choose(/Promise 4: "Share my plans" \(today\)/, 'up');
    expect(await run.done).toBe(0);
    const list = JSON.parse((await runIn(['promise', 'list', '--all', '--json'], { db })).stdout) as Array<Record<string, unknown>>;
    const byId = Object.fromEntries(list.map((p) => [p.id, p]));
    expect(byId[1]).toMatchObject({ status: 'kept', keptLate: true });
    expect(byId[2]).toMatchObject({ status: 'broken', note: 'Traffic, and I left too late' });
    expect(byId[3]).toMatchObject({ status: 'released', note: 'Saturday, together' });
    expect(byId[4]).toMatchObject({ status: 'open' });
    expect(byId[5]).toMatchObject({ status: 'open' });
    expect(JSON.parse((await runIn(['promise', 'stats', '--json'], { db })).stdout)).toMatchObject({ kept: 2, broken: 1, released: 1 });
  });
});

describe('the apology draft, driven by keystrokes', () => {
  it('asks part by part, flags a problem phrase as it goes, saves, and makes the commitment a promise', async () => {
    const db = await setUp('repairing');
    const run = startOnTerminal(['apology', 'draft'], db);
    await answer(/what is this apology about/, 'The card');
    await answer(/What did you do/, 'I hid the credit card debt from you');
    await answer(/How did it affect them/, 'I know it scared you, if you were upset');
    await vi.waitFor(() => expect(run.out()).toContain('(conditional)'));
    await answer(/your responsibility/, 'It was my choice');
    await answer(/Say you are sorry/, "I'm so sorry");
    await answer(/What will you do differently/, "I'll show you every statement");
    await answer(/make it right/, null);
    await answer(/Save this draft/, null);
    await answer(/as a promise too/, 'y');
    expect(await run.done).toBe(0);
    expect(run.out()).toContain('Saved as apology draft 1. Promise 1 logged');
    const saved = JSON.parse((await runIn(['apology', 'show', '1', '--json'], { db })).stdout);
    expect(saved.versions[0].text).toBe(
      "I hid the credit card debt from you. I know it scared you, if you were upset. It was my choice. I'm so sorry. I'll show you every statement.",
    );
    expect(saved.latest.check.verdict).toBe('non_apology');
  });

  it('Ctrl-C during a draft saves nothing', async () => {
    const db = await setUp('repairing');
    const run = startOnTerminal(['apology', 'draft', '--about', 'x'], db);
    await answer(/What did you do/, 'I lied');
    await vi.waitFor(() => expect(screen.getScreen()).toMatch(/How did it affect them/));
    screen.keypress({ name: 'c', ctrl: true });
    expect(await run.done).toBe(130);
    expect(JSON.parse((await runIn(['apology', 'list', '--json'], { db })).stdout)).toEqual([]);
  });
});
