import { readFileSync } from 'node:fs';
import { text as readStream } from 'node:stream/consumers';
import { type Context, print, printJson } from '../context.js';
import { UserError } from '../errors.js';
import { renderCheck } from '../ui/render-apology.js';
import { check } from './apology-shared.js';

/** `trust apology check [TEXT | --file F | -]`: reads a draft and says how it lands. Writes nothing. */
export default async function apologyCheck(
  ctx: Context,
  textArg: string | undefined,
  opts: { file?: string; json?: boolean },
): Promise<void> {
  const draft = await readDraft(ctx, textArg, opts.file);
  const result = check(draft);
  if (opts.json) return printJson(ctx, result);
  print(ctx, renderCheck(draft, result, ctx.color));
}

export async function readDraft(ctx: Pick<Context, 'stdin'>, textArg: string | undefined, file: string | undefined): Promise<string> {
  if (textArg !== undefined && file !== undefined) throw new UserError('Give the draft as text or with --file, not both.');
  let draft: string;
  if (file !== undefined) {
    try {
      draft = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UserError(
        `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
      );
    }
  } else if (textArg === '-') {
    draft = await readStream(ctx.stdin);
  } else if (textArg !== undefined) {
    draft = textArg;
  } else {
    throw new UserError('Give the draft to check: trust apology check "I\'m sorry I…", --file draft.txt, or - to read standard input.');
  }
  if (draft.trim() === '') throw new UserError('The draft is empty. Write what you want to say, then check it.');
  return draft;
}
