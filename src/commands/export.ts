import type { Context } from '../context.js';
import { UserError } from '../errors.js';

export default async function notYet(_ctx: Context): Promise<void> {
  throw new UserError('This command is not built yet. See trust --help for what works today.');
}
