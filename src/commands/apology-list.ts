import { type Context, print, printJson } from '../context.js';
import { apologyStore } from '../store/apologies-store.js';
import { apologyJson } from './apology-shared.js';

/** `trust apology list`: saved drafts, with how many versions and how the latest reads. */
export default async function apologyList(ctx: Context, opts: { json?: boolean }): Promise<void> {
  const all = apologyStore(ctx.db()).all();
  if (opts.json) return printJson(ctx, all.map(apologyJson));
  if (all.length === 0) return print(ctx, 'No apology drafts yet. Start one with: trust apology draft');
  for (const a of all) {
    const latest = a.versions[a.versions.length - 1];
    const verdict = latest?.verdict.replace('_', '-') ?? '';
    const title = a.about ?? latest?.text.slice(0, 50).replace(/\s+/g, ' ') ?? '';
    print(ctx, `${ctx.color.dim(`${a.id}.`)} ${title}  ${ctx.color.dim(`v${a.versions.length} · ${verdict} · ${latest?.day ?? ''}`)}`);
  }
}
