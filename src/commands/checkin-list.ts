import { type Context, print, printJson } from '../context.js';
import { checkinStore } from '../store/checkins-store.js';
import { renderCheckinLine } from '../ui/render-checkin.js';

/** `trust checkin list [--last N]`: newest first. */
export default async function checkinList(ctx: Context, opts: { last?: number; json?: boolean }): Promise<void> {
  const checkins = checkinStore(ctx.db()).latest(opts.last ?? 14);
  if (opts.json) return printJson(ctx, checkins);
  if (checkins.length === 0) return print(ctx, 'No check-ins yet. Start tonight with: trust checkin');
  for (const c of checkins) print(ctx, renderCheckinLine(c, ctx.color));
}
