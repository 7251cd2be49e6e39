/**
 * Loads a command (or the store) only when it runs. From source (tests) this is the TypeScript
 * module; the build swaps in load-module-bundled.ts, which requires the command's own CommonJS file.
 */
export function loadModule(name: string): Promise<unknown> {
  return import(`./${name}.js`);
}
