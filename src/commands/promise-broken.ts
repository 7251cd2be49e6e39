import type { Context } from '../context.js';
import { type MarkOptions, markPromise } from './promise-mark.js';

export default (ctx: Context, id: string, opts: MarkOptions) => markPromise(ctx, 'broken', id, opts);
