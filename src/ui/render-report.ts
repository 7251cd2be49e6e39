import type { ChalkInstance } from 'chalk';
import { describeDay } from '../domain/journal-day.js';
import type { Report, Series, Trend } from '../domain/report.js';

const BARS = '▁▂▃▄▅▆▇█';

/** ▁▃▅·▇: one mark per day, `·` for a day with no answer. */
export function sparkline(values: ReadonlyArray<number | null>, min: number, max: number): string {
  return values
    .map((v) => {
      if (v === null) return '·';
      const i = Math.round(((v - min) / (max - min)) * (BARS.length - 1));
      return BARS[Math.max(0, Math.min(BARS.length - 1, i))];
    })
    .join('');
}

function trendWords(trend: Trend, previous: number | null, unit: string): string {
  if (trend === null) return previous === null ? `nothing to compare with last ${unit}` : '';
  if (trend === 'steady') return `steady (${fmt(previous)} last ${unit})`;
  return `${trend} from ${fmt(previous)} last ${unit}`;
}

/** 0.667 -> "67%"; no rate yet -> "–". */
export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

function fmt(n: number | null): string {
  return n === null ? '–' : n.toFixed(1);
}

export function periodTitle(r: Report, kind: string): string {
  const span = `${describeDay(r.period.from)} – ${describeDay(r.period.to)} ${r.period.to.slice(0, 4)}`;
  return kind === 'week' ? `Week of ${span}` : kind === 'month' ? `Month: ${span}` : span;
}

/** Week-by-week trust, as a small chart of five bands (1-2 … 9-10). */
export function weekChart(weeks: ReadonlyArray<{ from: string; average: number | null }>): string[] {
  const rows: string[] = [];
  for (let band = 4; band >= 0; band--) {
    const label = `${band * 2 + 1}-${band * 2 + 2}`.padStart(4);
    const cells = weeks.map((w) => {
      if (w.average === null) return ' '.repeat(8);
      const b = Math.min(4, Math.max(0, Math.ceil(w.average / 2) - 1));
      return b === band ? '   ●    ' : ' '.repeat(8);
    });
    rows.push(`${label}┤${cells.join('')}`);
  }
  rows.push(`    └${'─'.repeat(8 * weeks.length)}`);
  rows.push(`     ${weeks.map((w) => ` ${describeDay(w.from).slice(4).padEnd(7)}`).join('')}`);
  rows.push(`     ${weeks.map((w) => `  ${fmt(w.average).padEnd(6)}`).join('')}`);
  return rows;
}

function line(label: string, text: string): string {
  return `${label.padEnd(14)}${text}`;
}

function seriesLine(s: Series, max: number, unit: string, color: ChalkInstance): string {
  if (s.average === null) return `${color.dim('no answers')}  ${trendWords(s.trend, s.previous, unit)}`.trimEnd();
  const words = trendWords(s.trend, s.previous, unit);
  const paint = s.trend === 'up' ? color.green : s.trend === 'down' ? color.yellow : (t: string) => t;
  return `${fmt(s.average)} avg  ${sparkline(
    s.byDay.map((d) => d.value),
    1,
    max,
  )}  ${paint(words)}`;
}

/** The report for a terminal. */
export function renderReport(r: Report, kind: 'week' | 'month' | 'custom', color: ChalkInstance): string {
  const unit = kind === 'custom' ? 'period' : kind;
  const out: string[] = [color.bold(periodTitle(r, kind)), ''];
  if (r.empty) {
    out.push('Your journal is empty so far, and that is fine: every record starts with one evening.');
    out.push("  trust checkin                      answer tonight's few questions (two minutes)");
    out.push('  trust promise add "…" --due fri    log a promise you made');
    out.push('Come back on Sunday for your first weekly review.');
    return out.join('\n');
  }
  const total = r.trust.byDay.length;
  out.push(line('Check-ins', `${r.checkins.days} of ${total} days · streak ${r.checkins.streak}`));
  out.push(line('Trust', seriesLine(r.trust, 10, unit, color)));
  out.push(line('Mood', seriesLine(r.mood, 5, unit, color)));
  out.push(line('Honest talks', `${r.checkins.talkedHonestly}   moments of connection ${r.checkins.connection}`));
  out.push('');
  const p = r.promises;
  const late = p.keptLate ? ` (${p.keptOnTime} on time, ${p.keptLate} late)` : '';
  out.push(line('Promises', `made ${p.made} · kept ${p.kept}${late} · broken ${p.broken} · renegotiated ${p.released}`));
  out.push(line('', `open ${p.open}${p.overdue ? ` · ${color.red(`overdue ${p.overdue}`)}` : ''} · keep rate ${percent(p.keepRate)}`));
  for (const b of p.brokenList)
    out.push(`  ${color.red('broken')} ${describeDay(b.date)}  ${b.text}${b.note ? color.dim(` — ${b.note}`) : ''}`);
  if (r.trust.byWeek) {
    out.push('', color.bold('Trust by week'), ...weekChart(r.trust.byWeek));
  }
  if (r.wins.length) {
    out.push('', color.bold('Small wins, worth celebrating'));
    for (const w of r.wins) out.push(`  ${color.green('✓')} ${describeDay(w.date)}  ${w.text.replace(/\n/g, ' ')}`);
  }
  if (r.triggers.length) {
    out.push('', color.bold('What brought doubt back'));
    for (const t of r.triggers) out.push(`  · ${describeDay(t.date)}  ${t.text.replace(/\n/g, ' ')}`);
  }
  if (r.apologies.workedOn) out.push('', `Apology drafts worked on: ${r.apologies.workedOn}`);
  out.push('', r.closing);
  return out.join('\n');
}

/** The same content as Markdown, keep rate as a percentage: to print, or bring to a session. */
export function renderReportMarkdown(r: Report, kind: 'week' | 'month' | 'custom'): string {
  const unit = kind === 'custom' ? 'period' : kind;
  const out = [`# ${periodTitle(r, kind)}`, ''];
  if (r.empty) {
    out.push('The journal is empty so far. Start with `trust checkin` tonight, or log a promise with `trust promise add`.');
    return `${out.join('\n')}\n`;
  }
  const p = r.promises;
  out.push(
    '## Check-ins',
    '',
    `- Days checked in: ${r.checkins.days} of ${r.trust.byDay.length}`,
    `- Current streak: ${r.checkins.streak}`,
    `- Trust: ${fmt(r.trust.average)} average (${trendWords(r.trust.trend, r.trust.previous, unit) || 'no change to compare'}) \`${sparkline(
      r.trust.byDay.map((d) => d.value),
      1,
      10,
    )}\``,
    `- Mood: ${fmt(r.mood.average)} average (${trendWords(r.mood.trend, r.mood.previous, unit) || 'no change to compare'}) \`${sparkline(
      r.mood.byDay.map((d) => d.value),
      1,
      5,
    )}\``,
    `- Honest talks: ${r.checkins.talkedHonestly}; moments of connection: ${r.checkins.connection}`,
    '',
    '## Promises',
    '',
    `| made | kept | on time | late | broken | renegotiated | open | overdue | keep rate |`,
    `|---|---|---|---|---|---|---|---|---|`,
    `| ${p.made} | ${p.kept} | ${p.keptOnTime} | ${p.keptLate} | ${p.broken} | ${p.released} | ${p.open} | ${p.overdue} | ${percent(p.keepRate)} |`,
  );
  if (p.brokenList.length) {
    out.push('', 'Broken:', '');
    for (const b of p.brokenList) out.push(`- ${b.date}: ${b.text}${b.note ? ` — ${b.note}` : ''}`);
  }
  if (r.trust.byWeek) {
    out.push('', '## Trust by week', '', '| week from | trust |', '|---|---|');
    for (const w of r.trust.byWeek) out.push(`| ${w.from} | ${fmt(w.average)} |`);
  }
  if (r.wins.length) {
    out.push('', '## Small wins', '');
    for (const w of r.wins) out.push(`- ${w.date}: ${w.text.replace(/\n/g, ' ')}`);
  }
  if (r.triggers.length) {
    out.push('', '## What brought doubt back', '');
    for (const t of r.triggers) out.push(`- ${t.date}: ${t.text.replace(/\n/g, ' ')}`);
  }
  if (r.apologies.workedOn) out.push('', `Apology drafts worked on: ${r.apologies.workedOn}`);
  out.push('', `> ${r.closing}`, '');
  return out.join('\n');
}
