import { type Context, print, printJson } from '../context.js';
import { apologyStore } from '../store/apologies-store.js';
import { renderCheck } from '../ui/render-apology.js';
import { apologyJson, check } from './apology-shared.js';
import { idArgument } from './shared.js';

/** `trust apology show ID`: the latest version, checked, and the history of versions. */
export default async function apologyShow(ctx: Context, idText: string, opts: { json?: boolean }): Promise<void> {
  const a = apologyStore(ctx.db()).require(idArgument('apology draft', idText));
  if (opts.json) return printJson(ctx, apologyJson(a));
  const latest = a.versions[a.versions.length - 1];
  if (!latest) return;
  print(
    ctx,
    ctx.color.bold(`${a.id}. ${a.about ?? 'Apology draft'}  (version ${latest.version} of ${a.versions.length}, ${latest.day})`),
    '',
  );
  print(ctx, renderCheck(latest.text, check(latest.text), ctx.color));
  if (a.versions.length > 1) {
    print(ctx, '', ctx.color.dim('Earlier versions:'));
    for (const v of a.versions.slice(0, -1)) print(ctx, ctx.color.dim(`  v${v.version} ${v.day} · ${v.verdict.replace('_', '-')}`));
  }
}
