/**
 * The bundle's loadModule: each command (and the store) is its own CommonJS file beside dist/cli.cjs,
 * required at run time. On Node 20, ESM loading alone costs more start-up than the whole of commander.
 */
export function loadModule(name: string): Promise<unknown> {
  const file = `./${name}.cjs`;
  return Promise.resolve(require(file));
}
