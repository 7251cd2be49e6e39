// npm run bench: start-up and report speed against `node -e 0`, measured in the same run.
// Builds journals with one and ten years of data through the program's own import, then times each
// command in alternating rounds (so a noisy moment hits every command alike) and prints medians and
// ratios. NODE_EXTRA_CA_CERTS is unset: a user does not have it, and it adds ~80 ms to every start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'trust.js');
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const work = mkdtempSync(join(tmpdir(), 'trust-bench-'));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
delete env.TRUST_NOW;

const day = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A journal of `years` years ending today: a check-in most days, promises made and marked, two daily agreements. */
function journal(years) {
  const today = new Date();
  today.setHours(12, 0, 0, 0);
  const days = Math.round(years * 365.25);
  const checkins = [];
  const promises = [];
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const recurring = [1, 2].map((id) => ({
    id,
    text: id === 1 ? 'Share my plans each morning' : 'Phone away at dinner',
    status: 'open',
    due: null,
    every: 'day',
    to: null,
    madeOn: '',
    resolvedOn: null,
    note: null,
    keptLate: false,
    endedOn: null,
    apologyId: null,
    createdAt: '',
    occurrences: [],
  }));
  for (let i = days; i >= 0; i--) {
    const d = new Date(today);
    d.setDate(d.getDate() - i);
    const date = day(d);
    const at = d.toISOString();
    if (i === days) for (const r of recurring) Object.assign(r, { madeOn: date, createdAt: at });
    if (rand() < 0.85) {
      checkins.push({
        date,
        trust: 1 + Math.floor(rand() * 10),
        mood: 1 + Math.floor(rand() * 5),
        talked: rand() < 0.6,
        win: rand() < 0.4 ? 'We walked by the river and talked' : null,
        trigger: rand() < 0.2 ? 'A message I did not expect' : null,
        note: rand() < 0.5 ? 'A longer note about the day. '.repeat(8) : null,
        answers: { feelAboutUs: 'Hopeful', connection: 'Coffee together' },
        createdAt: at,
        updatedAt: at,
      });
    }
    for (const r of recurring)
      if (rand() < 0.9)
        r.occurrences.push({ occursOn: date, status: rand() < 0.85 ? 'kept' : 'broken', markedOn: date, note: null, createdAt: at });
    if (i % 2 === 0) {
      const due = new Date(d);
      due.setDate(due.getDate() + 2);
      const resolved = i > 3;
      const status = resolved ? (rand() < 0.8 ? 'kept' : rand() < 0.5 ? 'broken' : 'released') : 'open';
      promises.push({
        id: promises.length + 3,
        text: `Promise made on ${date}`,
        status,
        due: `${day(due)}T20:00`,
        every: null,
        to: null,
        madeOn: date,
        resolvedOn: resolved ? day(due) : null,
        note: status === 'released' ? 'Agreed another day' : null,
        keptLate: false,
        endedOn: null,
        apologyId: null,
        createdAt: at,
        occurrences: [],
      });
    }
  }
  return {
    format: 'trust-journal',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    settings: { role: 'both', partner: 'Sam', dayEndsAt: 4, weekStartsOn: 'mon' },
    checkins,
    checkinDrafts: [],
    promises: [...recurring, ...promises],
    apologies: [],
  };
}

function run(args, db) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    env: { ...env, TRUST_DB: db ?? join(work, 'none.db') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

const dbs = {};
for (const years of [1, 10]) {
  const file = join(work, `${years}y.json`);
  writeFileSync(file, JSON.stringify(journal(years)));
  dbs[years] = join(work, `${years}y.db`);
  const ms = run([bin, 'import', file], dbs[years]);
  console.log(
    `built a ${years}-year journal through trust import (${(readFileSync(file).length / 1e6).toFixed(1)} MB of JSON, ${ms.toFixed(0)} ms)`,
  );
}

const commands = [
  ['node -e 0', ['-e', '0']],
  ['trust --help', [bin, '--help']],
  ['trust report --week (1 year)', [bin, 'report', '--week'], dbs[1]],
  ['trust report --week (10 years)', [bin, 'report', '--week'], dbs[10]],
  ['trust report --month (1 year)', [bin, 'report', '--month'], dbs[1]],
  ['trust report --month (10 years)', [bin, 'report', '--month'], dbs[10]],
  ['trust promise add (1 year)', [bin, 'promise', 'add', 'Call at lunch', '--due', 'tomorrow 12:00'], dbs[1]],
  ['trust checkin --no-input (1 year)', [bin, 'checkin', '--no-input', '--mood', '3'], dbs[1]],
  [
    'trust apology check',
    [
      bin,
      'apology',
      'check',
      "I'm sorry I lied about the card. I know it scared you. It was my choice. From now on I'll show you every statement.",
    ],
  ],
];

const times = commands.map(() => []);
// One untimed round first: it writes the V8 code cache each command would have after its first run.
for (const [, args, db] of commands) run(args, db);
for (let round = 0; round < rounds; round++) {
  commands.forEach(([, args, db], i) => {
    times[i].push(run(args, db));
  });
}

// Peak memory, in runs of their own: the process reports its own high-water mark as it exits.
const rssProbe = join(work, 'rss.cjs');
writeFileSync(rssProbe, "process.on('exit', () => require('fs').writeSync(2, 'maxrss=' + process.resourceUsage().maxRSS + '\\n'));");
function peakMiB(args, db) {
  const r = spawnSync(process.execPath, ['-r', rssProbe, ...args], {
    env: { ...env, TRUST_DB: db ?? join(work, 'none.db') },
    encoding: 'utf8',
  });
  const m = /maxrss=(\d+)/.exec(r.stderr);
  return m ? Number(m[1]) / 1024 : NaN;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times[0]);
console.log(`\nnode ${process.version}, ${rounds} alternating rounds, medians:\n`);
console.log(`| command | median ms | × node -e 0 | peak MiB |`);
console.log(`|---|---|---|---|`);
commands.forEach(([name, args, db], i) => {
  const m = median(times[i]);
  console.log(`| ${name} | ${m.toFixed(1)} | ${(m / base).toFixed(2)} | ${peakMiB(args, db).toFixed(0)} |`);
});
rmSync(work, { recursive: true, force: true });
