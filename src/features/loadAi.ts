/** Loads the AI modules once, on first use, and points token counting at the shipped WASM. */
import * as path from 'node:path';

type AiModules = typeof import('./aiModules');

let wasmDirectory: string | undefined;
let loaded: Promise<AiModules> | undefined;

/** Where `tiktoken_bg.wasm` is shipped (`dist/wasm`); set at activation, used when the modules load. */
export function setAiWasmDirectory(directory: string): void {
  wasmDirectory = directory;
}

export function loadAi(): Promise<AiModules> {
  loaded ??= Promise.resolve().then(() => {
    // A require the bundler keeps lazy: the AI code and its libraries (dist/vendor) load only now.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const modules = require('./aiModules') as AiModules;
    if (wasmDirectory) modules.setTiktokenWasm(path.join(wasmDirectory, 'tiktoken_bg.wasm'));
    return modules;
  });
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
