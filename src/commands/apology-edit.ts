import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Context, print, printJson, today } from '../context.js';
import { UserError } from '../errors.js';
import { apologyStore } from '../store/apologies-store.js';
import { renderCheck } from '../ui/render-apology.js';
import { readDraft } from './apology-check.js';
import { apologyJson, check } from './apology-shared.js';
import { idArgument, isoNow } from './shared.js';

/** `trust apology edit ID`: the latest version in $EDITOR (or from --file); a change is saved as a new version. */
export default async function apologyEdit(ctx: Context, idText: string, opts: { file?: string; json?: boolean }): Promise<void> {
  const store = apologyStore(ctx.db());
  const a = store.require(idArgument('apology draft', idText));
  const latest = a.versions[a.versions.length - 1];
  const before = latest?.text ?? '';
  const text = opts.file !== undefined ? await readDraft(ctx, undefined, opts.file) : editInEditor(ctx, before);
  if (text.trim() === '') throw new UserError('The edited draft is empty; nothing was saved. Your earlier version is unchanged.');
  if (text.trim() === before.trim()) return print(ctx, 'No change, so no new version.');
  const result = check(text);
  const db = ctx.db();
  db.transaction(() => store.addVersion(a.id, text.trim(), result.verdict, today(ctx), isoNow(ctx))).immediate();
  const after = store.require(a.id);
  if (opts.json) return printJson(ctx, apologyJson(after));
  print(ctx, renderCheck(text, result, ctx.color), '');
  print(ctx, `Saved as version ${after.versions.length} of apology draft ${a.id}.`);
}

function editInEditor(ctx: Pick<Context, 'env' | 'isTerminal'>, text: string): string {
  const editor = ctx.env.VISUAL || ctx.env.EDITOR;
  if (!editor && !ctx.isTerminal) throw new UserError('No terminal to edit in: set EDITOR, or give the new version with --file FILE.');
  const dir = mkdtempSync(join(tmpdir(), 'trust-apology-'));
  const file = join(dir, 'apology.txt');
  try {
    writeFileSync(file, `${text}\n`, { mode: 0o600 });
    const result = spawnSync(`${editor || 'vi'} "${file}"`, { stdio: 'inherit', shell: true });
    if (result.status !== 0) throw new UserError(`The editor (${editor || 'vi'}) exited with an error; nothing was saved.`);
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
