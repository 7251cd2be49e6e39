import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, relative } from 'node:path';
import vm from 'node:vm';

/**
 * Start-up for the bundled program: a V8 code cache for the bundle's own files, then the CLI.
 *
 * Compiling the bundle is the largest single cost of a start on Node 20 (which has no
 * `module.enableCompileCache`). Each file under dist/ is compiled with the cached data from its
 * last run, and the cache is written (best effort, atomically) when it was missing or rejected.
 * A cache V8 does not accept is simply ignored; dist/ and its cache are rebuilt together.
 */
type Internal = typeof Module & {
  prototype: { _compile(content: string, filename: string): unknown };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
};

const M = Module as unknown as Internal;
const dist = __dirname;
const cacheDir = join(dist, '.cache');
const pending: Array<[string, vm.Script]> = [];
const original = M.prototype._compile;
const mainModule = require.main;

M.prototype._compile = function compileWithCache(this: NodeJS.Module, content: string, filename: string) {
  if (!filename.startsWith(dist) || filename === __filename) return original.call(this, content, filename);
  const cacheFile = join(cacheDir, `${relative(dist, filename).replace(/[\\/]/g, '~')}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {}
  const script = new vm.Script(M.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
  if (!cachedData || script.cachedDataRejected) pending.push([cacheFile, script]);
  const requireFromModule = Object.assign((id: string) => this.require(id), {
    resolve: (request: string, options?: unknown) => M._resolveFilename(request, this, false, options),
    cache: (Module as unknown as { _cache: unknown })._cache,
    main: mainModule,
  });
  const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
  return fn.call(this.exports, this.exports, requireFromModule, this, filename, dirname(filename));
};

process.once('exit', () => {
  for (const [file, script] of pending) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temp = `${file}.${process.pid}`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, file);
    } catch {
      // A read-only install just runs without the cache.
    }
  }
});

type Cli = typeof import('./cli.js');
declare const TRUST_VERSION: string;

/**
 * `trust --help` and `trust --version` are answered without loading commander: the build saves the
 * root help that commander prints (dist/help.txt). Everything else goes to the CLI, required at run
 * time (not bundled into this file) so that it too compiles through the cache.
 */
export async function main(io: Parameters<Cli['main']>[0]): Promise<number> {
  const [only, ...rest] = io.argv;
  if (rest.length === 0 && (only === '--version' || only === '-v')) {
    io.stdout.write(`${TRUST_VERSION}\n`);
    return 0;
  }
  if (rest.length === 0 && (only === '--help' || only === '-h')) {
    try {
      io.stdout.write(readFileSync(join(dist, 'help.txt'), 'utf8'));
      return 0;
    } catch {}
  }
  return (require('./cli.cjs') as Cli).main(io);
}
