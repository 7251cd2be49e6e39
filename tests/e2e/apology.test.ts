import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempDb, tempDir } from '../helpers.js';

const now = '2026-11-22T21:00';

describe('trust apology', () => {
  it('check --json follows the contract', () => {
    const { code, stdout } = runBin(['apology', 'check', "I'm sorry you feel that way.", '--json'], { db: tempDb(), now });
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.verdict).toBe('non_apology');
    expect(Object.keys(r.parts).sort()).toEqual(['acknowledgesHarm', 'commitmentToChange', 'offerOfRepair', 'remorse', 'responsibility']);
    expect(r.flags[0]).toEqual({
      kind: 'blames_feelings',
      text: 'sorry you feel',
      start: 4,
      end: 18,
      why: expect.any(String),
      suggestion: expect.any(String),
    });
  });

  it('check reads standard input with -', () => {
    const { stdout } = runBin(['apology', 'check', '-', '--json'], { db: tempDb(), now, input: "I'm sorry if I hurt you." });
    expect(JSON.parse(stdout).flags.map((f: { kind: string }) => f.kind)).toContain('conditional');
  });

  it('check reads a file', () => {
    const file = join(tempDir(), 'draft.txt');
    writeFileSync(file, 'Mistakes were made.');
    expect(JSON.parse(runBin(['apology', 'check', '--file', file, '--json'], { db: tempDb(), now }).stdout).verdict).toBe('non_apology');
  });

  it('check marks the problem phrase in the draft, without colour off a terminal', () => {
    expect(runBin(['apology', 'check', "I'm sorry if I hurt you."], { db: tempDb(), now }).stdout).toContain(
      "I'm [1: sorry if] I hurt you.",
    );
  });

  it('check with no draft exits 2 and says how to give one', () => {
    const { code, stderr } = runBin(['apology', 'check'], { db: tempDb(), now });
    expect(code).toBe(2);
    expect(stderr).toContain('--file');
  });

  it('a missing file exits 2', () => {
    expect(runBin(['apology', 'check', '--file', '/nonexistent/draft.txt'], { db: tempDb(), now }).code).toBe(2);
  });

  it('draft with flags saves version 1 and can log the change as a promise', () => {
    const db = tempDb();
    const args = ['apology', 'draft', '--about', 'The card', '--what', 'I hid the card debt from you', '--impact', 'I know it scared you'];
    const more = [
      '--own',
      'It was my choice',
      '--sorry',
      "I'm so sorry",
      '--change',
      "I'll share every statement with you",
      '--promise',
      '--json',
    ];
    const saved = JSON.parse(runBin([...args, ...more], { db, now }).stdout);
    expect(saved).toMatchObject({ id: 1, about: 'The card', promiseId: 1, latest: { version: 1, verdict: 'genuine' } });
    const promises = JSON.parse(runBin(['promise', 'list', '--json'], { db, now }).stdout);
    expect(promises[0]).toMatchObject({ text: "I'll share every statement with you", apologyId: 1 });
  });

  it('draft without a terminal or flags exits 2', () => {
    expect(runBin(['apology', 'draft'], { db: tempDb(), now }).code).toBe(2);
  });

  it('edit saves a new version through $EDITOR and keeps the old one', () => {
    const db = tempDb();
    runBin(['apology', 'draft', '--what', 'I missed your birthday', '--sorry', "I'm sorry"], { db, now });
    const editor = join(tempDir(), 'editor.sh');
    writeFileSync(
      editor,
      '#!/bin/sh\nprintf "I missed your birthday. I know it hurt you. It was my fault. I\'m sorry. I will plan ahead.\\n" > "$1"\n',
      { mode: 0o700 },
    );
    const { code } = runBin(['apology', 'edit', '1'], { db, now, env: { EDITOR: editor } });
    expect(code).toBe(0);
    const shown = JSON.parse(runBin(['apology', 'show', '1', '--json'], { db, now }).stdout);
    expect(shown.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(shown.versions[0].text).toBe("I missed your birthday. I'm sorry.");
    expect(shown.latest.check.verdict).toBe('genuine');
  });

  it('an unchanged edit saves nothing', () => {
    const db = tempDb();
    runBin(['apology', 'draft', '--what', 'I lied'], { db, now });
    const { stdout } = runBin(['apology', 'edit', '1'], { db, now, env: { EDITOR: 'true' } });
    expect(stdout).toContain('No change');
    expect(JSON.parse(runBin(['apology', 'show', '1', '--json'], { db, now }).stdout).versions).toHaveLength(1);
  });

  it('show of an unknown draft exits 2', () => {
    expect(runBin(['apology', 'show', '9'], { db: tempDb(), now }).code).toBe(2);
  });

  it('list shows saved drafts', () => {
    const db = tempDb();
    runBin(['apology', 'draft', '--about', 'Friday', '--what', 'I lied about Friday'], { db, now });
    expect(runBin(['apology', 'list'], { db, now }).stdout).toMatch(/1\. Friday\s+v1 · incomplete · 2026-11-22/);
  });
});
