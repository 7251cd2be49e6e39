/**
 * The colour level, decided once at start-up. chalk reads FORCE_COLOR, TERM and the TTY but not
 * NO_COLOR, so the order is ours: --no-color > NO_COLOR (non-empty) > FORCE_COLOR > TTY > TERM=dumb.
 */
export function colorLevel(opts: { argv: readonly string[]; env: NodeJS.ProcessEnv; isTTY: boolean }): 0 | 1 | 2 | 3 {
  const end = opts.argv.indexOf('--');
  const flags = end === -1 ? opts.argv : opts.argv.slice(0, end);
  if (flags.includes('--no-color')) return 0;
  if (opts.env.NO_COLOR) return 0;
  const force = opts.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (!opts.isTTY) return 0;
  if (opts.env.TERM === 'dumb') return 0;
  return opts.env.COLORTERM === 'truecolor' ? 3 : opts.env.TERM?.includes('256') ? 2 : 1;
}
