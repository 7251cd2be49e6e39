import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the journal lives: `--db`, then `TRUST_DB`, then the platform's data directory. */
export function journalPath(opts: { db?: string | undefined; env: NodeJS.ProcessEnv; platform?: NodeJS.Platform }): string {
  if (opts.db) return opts.db;
  if (opts.env.TRUST_DB) return opts.env.TRUST_DB;
  return join(dataDirectory(opts.env, opts.platform ?? process.platform), 'trust', 'journal.db');
}

function dataDirectory(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const home = env.HOME || homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  if (platform === 'win32') return env.LOCALAPPDATA || env.APPDATA || join(home, 'AppData', 'Local');
  return env.XDG_DATA_HOME || join(home, '.local', 'share');
}
