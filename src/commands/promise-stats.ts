import { type Context, print, printJson } from '../context.js';
import { promiseStats } from '../domain/promise-stats.js';
import { promiseStore } from '../store/promises-store.js';
import { percent } from '../ui/render-report.js';

/** `trust promise stats`: the all-time track record. */
export default async function promiseStatsCommand(ctx: Context, opts: { json?: boolean }): Promise<void> {
  const store = promiseStore(ctx.db());
  const stats = promiseStats(store.all(), store.allOccurrences());
  if (opts.json) return printJson(ctx, stats);
  if (stats.made === 0) return print(ctx, 'No promises yet. Log one with: trust promise add "…"');
  const rate = stats.keepRate === null ? 'not yet' : percent(stats.keepRate);
  print(ctx, `Promises made   ${stats.made}  (${stats.open} open)`);
  print(ctx, `Kept            ${stats.kept}${stats.keptLate ? `  (${stats.keptLate} of them late)` : ''}`);
  print(ctx, `Broken          ${stats.broken}`);
  print(ctx, `Renegotiated    ${stats.released}`);
  print(ctx, `Keep rate       ${rate}`);
  print(ctx, `Kept in a row   ${stats.currentRun}`);
}
