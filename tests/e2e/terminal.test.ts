import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runBin, tempDb } from '../helpers.js';

/**
 * The built binary on a real pseudo-terminal (util-linux `script`), driven by keystrokes: the one
 * way to catch what only happens in the bundle with prompts on a TTY.
 */
function onTerminal(args: string[], db: string) {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: db.replace(/\/journal\.db$/, ''),
      TRUST_DB: db,
      TZ: 'Europe/London',
      TRUST_NOW: '2026-11-22T21:30',
      TERM: 'xterm',
      NO_COLOR: '1',
    },
  });
  let screen = '';
  child.stdout.on('data', (d) => (screen += d));
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  let seen = 0;
  return {
    done,
    screen: () => screen,
    /** Waits until `text` appears after what was last waited for, then types `keys`. */
    async answer(text: RegExp, keys: string) {
      const deadline = Date.now() + 8000;
      for (;;) {
        const match = text.exec(screen.slice(seen));
        if (match) {
          seen += match.index + match[0].length;
          break;
        }
        if (Date.now() > deadline) throw new Error(`never saw ${text} on the terminal:\n${screen}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      child.stdin.write(keys);
    },
  };
}

describe('trust on a terminal (the built binary)', () => {
  it('a first check-in asks the setup questions, then the check-in, and saves it', async () => {
    const db = tempDb();
    const t = onTerminal(['checkin'], db);
    await t.answer(/Which side of the repair/, '\r'); // Both
    await t.answer(/partner's name/, 'Sam\r');
    await t.answer(/When does your day end/, '\r');
    await t.answer(/week start on/, '\r');
    await t.answer(/Trust today, 1-10/, '7\r');
    await t.answer(/Mood, 1-5/, '4\r');
    await t.answer(/feel about the two of you/, 'Closer\r');
    await t.answer(/talk honestly/, '\r');
    await t.answer(/appreciated in Sam/, '\r');
    await t.answer(/small win/, 'Tea together\r');
    for (const q of [
      /doubt or hurt/,
      /open about your plans/,
      /defensive/,
      /relied on/,
      /feel safe with Sam/,
      /effort Sam made/,
      /need right now/,
      /Anything else/,
    ])
      await t.answer(q, '\r');
    expect(await t.done).toBe(0);
    expect(t.screen()).toContain('A win worth keeping: "Tea together"');
    const saved = JSON.parse(runBin(['checkin', 'show', '--json'], { db, now: '2026-11-22T21:40' }).stdout);
    expect(saved).toMatchObject({ date: '2026-11-22', trust: 7, mood: 4, win: 'Tea together', answers: { feelAboutUs: 'Closer' } });
  });

  it('Ctrl-C at a prompt stores nothing and exits 130', async () => {
    const db = tempDb();
    runBin(['init', '--no-input'], { db });
    const t = onTerminal(['checkin', '--trust', '5'], db);
    await t.answer(/Mood, 1-5/, '\x03');
    expect(await t.done).toBe(130);
    expect(t.screen()).toContain('Cancelled');
    expect(JSON.parse(runBin(['checkin', 'list', '--json'], { db }).stdout)).toEqual([]);
  });

  it('a guided apology draft runs and saves', async () => {
    const db = tempDb();
    const t = onTerminal(['apology', 'draft', '--about', 'Friday'], db);
    await t.answer(/What did you do/, 'I lied about Friday\r');
    for (const q of [/How did it affect them/, /your responsibility/, /Say you are sorry/, /do differently/, /make it right/])
      await t.answer(q, '\r');
    await t.answer(/Save this draft/, '\r');
    expect(await t.done).toBe(0);
    expect(JSON.parse(runBin(['apology', 'list', '--json'], { db }).stdout)).toHaveLength(1);
  });
});
