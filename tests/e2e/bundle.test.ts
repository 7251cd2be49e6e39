import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempDb } from '../helpers.js';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

// Structural facts behind start-up speed (issue 8); the timings themselves are in `npm run bench`.
describe('the bundle', () => {
  it('the top level holds no prompts, zod or SQLite', () => {
    const cli = read('cli.cjs');
    expect(cli).not.toMatch(/@inquirer|createPrompt/);
    expect(cli).not.toMatch(/ZodError|vendor\/zod/);
    expect(cli).not.toMatch(/better_sqlite3|sqlite3_/i);
  });

  it('the report holds no prompts and no zod', () => {
    const report = read('commands/report.cjs');
    expect(report).not.toMatch(/vendor\/(inquirer|zod)/);
    expect(report).not.toContain('createPrompt');
  });

  it('the check-in loads the prompts and zod only when it asks', () => {
    const checkin = read('commands/checkin.cjs');
    expect(checkin).toContain('../vendor/inquirer.cjs');
    expect(checkin).toContain('../vendor/zod.cjs');
    expect(checkin).not.toContain('createPrompt');
  });

  it('the report and promise add do not load date-fns format and its locale', () => {
    for (const file of ['commands/report.cjs', 'commands/promise-add.cjs'])
      expect(read(file)).not.toContain('node_modules/date-fns/locale/en-US');
  });

  it('never imports the date-fns barrel', () => {
    for (const file of ['cli.cjs', 'commands/report.cjs', 'commands/checkin.cjs'])
      expect(read(file)).not.toContain('node_modules/date-fns/index.js');
  });

  it('the saved root help is exactly what commander prints', () => {
    const db = tempDb();
    const fast = runBin(['--help'], { db }).stdout;
    const full = runBin(['--no-color', '--help'], { db }).stdout;
    expect(fast).toBe(full);
  });
});
