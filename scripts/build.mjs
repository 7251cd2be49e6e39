// Bundles the CLI with esbuild, as CommonJS: on Node 20 the ESM loader alone adds ~10 ms to every
// start, more than all of commander. The top level (dist/cli.cjs) holds commander and the command
// declarations; each command and the store are their own file, required only when that command
// runs (issue 8), so `trust --help` never parses the prompts, zod or SQLite.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

// Every module in src/commands with a default export is a command.
const commands = readdirSync(new URL('src/commands', root))
  .filter((f) => f.endsWith('.ts') && /export default/.test(readFileSync(new URL(`src/commands/${f}`, root), 'utf8')))
  .map((f) => f.replace(/\.ts$/, ''));

// commander requires child_process at load time, only to run executable subcommands, which trust
// does not have. A lazy stand-in saves loading it on every start.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander') ? { path: 'lazy-child-process', namespace: 'trust' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'trust' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

const shared = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.cjs' },
  define: { TRUST_VERSION: JSON.stringify(version), TRUST_BUNDLED: 'true' },
  logLevel: 'warning',
};

// The launcher installs the code cache, then requires dist/cli.cjs.
await build({ ...shared, entryPoints: { launch: 'src/launch.ts' }, outdir: 'dist', external: ['./cli.cjs'] });

// src/load-module.ts imports TypeScript modules (for tests); the bundle requires the built files.
const bundledLoader = {
  name: 'bundled-loader',
  setup(b) {
    b.onResolve({ filter: /^\.\/load-module\.js$/ }, (args) => ({ path: join(args.resolveDir, 'load-module-bundled.ts') }));
  },
};

// zod and the prompts are large and needed only by some runs of some commands (a check-in with
// --no-input needs neither): each is its own file, required from dist/commands/ when first used.
const VENDORED = { zod: 'zod', '@inquirer/prompts': 'inquirer' };
const vendored = {
  name: 'vendored',
  setup(b) {
    b.onResolve({ filter: /^(zod|@inquirer\/prompts)$/ }, (args) => {
      if (!args.importer.includes('/src/')) return undefined;
      if (!args.importer.includes('/src/commands/') && !args.importer.includes('/src/domain/') && !args.importer.includes('/src/ui/'))
        throw new Error(`${args.path} imported from ${args.importer}: only command bundles may load vendored modules`);
      return { path: VENDORED[args.path], namespace: 'vendored' };
    });
    // A stand-in module that requires the vendored file at run time. Marking the package external
    // instead would leave \`import()\` calls in the CommonJS output, which fail under the code cache's
    // vm.Script (no dynamic-import callback) and would load through the slow ESM loader anyway.
    b.onLoad({ filter: /.*/, namespace: 'vendored' }, (args) => ({
      contents: `module.exports = require('../vendor/${args.path}.cjs');`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\.\/vendor\// }, (args) => ({ path: args.path, external: true }));
  },
};
await build({
  ...shared,
  entryPoints: { 'vendor/zod': 'scripts/vendor/zod.mjs', 'vendor/inquirer': 'scripts/vendor/inquirer.mjs' },
  outdir: 'dist',
});

await build({
  ...shared,
  entryPoints: {
    cli: 'src/cli.ts',
    'store/entry': 'src/store/entry.ts',
    ...Object.fromEntries(commands.map((c) => [`commands/${c}`, `src/commands/${c}.ts`])),
  },
  outdir: 'dist',
  // better-sqlite3's JavaScript is bundled (one file parses faster than a dozen resolved ones); its
  // native addon is loaded by path (src/store/open.ts), skipping the slow \`bindings\` lookup.
  plugins: [lazyChildProcess, vendored, bundledLoader],
  // The addon is required by path at run time, never bundled.
  loader: { '.node': 'empty' },
  logOverride: { 'unsupported-require-call': 'silent' },
});

// The root help, saved for the launcher's fast path (src/launch.ts): exactly what commander prints.
const { main } = createRequire(import.meta.url)('../dist/cli.cjs');
let help = '';
await main({ argv: ['--help'], stdout: { write: (s) => (help += s) }, stderr: process.stderr, stdin: process.stdin, env: {} });
writeFileSync(new URL('dist/help.txt', root), help);

// Every bundle is CommonJS end to end: an import() left in one would fail under the code cache.
for (const file of readdirSync(new URL('dist', root), { recursive: true })) {
  if (!String(file).endsWith('.cjs')) continue;
  const text = readFileSync(new URL(`dist/${file}`, root), 'utf8');
  if (/\bimport\(\s*["'`][./]/.test(text)) throw new Error(`dist/${file} still has a dynamic import()`);
}
