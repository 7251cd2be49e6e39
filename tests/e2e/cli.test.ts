import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBin, tempDb } from '../helpers.js';

describe('trust, the built binary', () => {
  it('--help lists every command group', () => {
    const { code, stdout } = runBin(['--help'], { db: tempDb() });
    expect(code).toBe(0);
    for (const group of ['init', 'config', 'checkin', 'promise', 'apology', 'report', 'export', 'import', 'backup', 'doctor']) {
      expect(stdout).toMatch(new RegExp(`^  ${group} `, 'm'));
    }
  });

  it('--help says plainly that it is not therapy', () => {
    expect(runBin(['--help'], { db: tempDb() }).stdout).toContain('not therapy');
  });

  it('--version prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(runBin(['--version'], { db: tempDb() }).stdout.trim()).toBe(version);
  });

  it('an unknown command exits 2 with one line suggesting the nearest one', () => {
    const { code, stderr } = runBin(['chekin'], { db: tempDb() });
    expect({ code, stderr }).toEqual({ code: 2, stderr: "trust: unknown command 'chekin'. Did you mean checkin? See trust --help.\n" });
  });

  it('an unknown option exits 2 with one line', () => {
    const { code, stderr } = runBin(['checkin', '--trsut', '5'], { db: tempDb() });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an out-of-range trust score exits 2, says the range, and writes nothing', () => {
    const db = tempDb();
    const { code, stderr } = runBin(['checkin', '--trust', '11', '--no-input'], { db });
    expect(code).toBe(2);
    expect(stderr).toContain('from 1 to 10');
    expect(() => statSync(db)).toThrow();
  });

  it('every command has help with an example', () => {
    const db = tempDb();
    for (const args of [['init'], ['checkin'], ['promise', 'add'], ['apology', 'check'], ['report'], ['export'], ['import'], ['doctor']]) {
      expect(runBin([...args, '--help'], { db }).stdout).toMatch(/Examples?:\n {2}\$ trust /);
    }
  });

  it('creates the journal owner-only where TRUST_DB says', () => {
    const db = tempDb();
    runBin(['checkin', '--trust', '6', '--no-input'], { db });
    expect(statSync(db).mode & 0o777).toBe(0o600);
  });

  it('without TRUST_DB the journal goes under XDG_DATA_HOME/trust', () => {
    const db = tempDb();
    const home = db.replace(/\/journal\.db$/, '');
    const { code } = runBin(['checkin', '--mood', '3', '--no-input'], { db, env: { TRUST_DB: '' } });
    expect(code).toBe(0);
    expect(statSync(`${home}/xdg/trust/journal.db`).mode & 0o777).toBe(0o600);
    expect(statSync(`${home}/xdg/trust`).mode & 0o777).toBe(0o700);
  });

  it('--db after the command name works too', () => {
    const db = tempDb();
    const other = tempDb();
    runBin(['checkin', '--trust', '4', '--no-input', '--db', other], { db });
    expect(JSON.parse(runBin(['checkin', 'show', '--json'], { db: other }).stdout).trust).toBe(4);
  });

  it('a file that is not a journal is refused with exit 2 and left as it was', () => {
    const db = tempDb();
    writeFileSync(db, 'dear diary');
    const { code, stderr } = runBin(['checkin', 'list'], { db });
    expect({ code, text: readFileSync(db, 'utf8') }).toEqual({ code: 2, text: 'dear diary' });
    expect(stderr).toContain('is not a trust journal');
  });

  it('no colour when NO_COLOR is set, even with FORCE_COLOR', () => {
    const db = tempDb();
    const { stdout } = runBin(['promise', 'list'], { db, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(stdout).not.toContain('\u001b[');
  });

  it('colour when FORCE_COLOR is set, and none with --no-color', () => {
    const db = tempDb();
    runBin(['promise', 'add', 'Call at lunch', '--due', 'tomorrow 12:00'], { db });
    expect(runBin(['promise', 'list'], { db, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runBin(['promise', 'list', '--no-color'], { db, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});
