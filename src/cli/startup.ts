// Starts the CLI from the startup bundle (dist/bundle/startup.cjs, `plan validate` and `plan rules`)
// through V8's code cache: the bytecode of every function that ran last time is kept beside the bundle
// (startup.cjs.cache), so a run skips parsing and compiling them again. Node 22 has a compile cache
// of its own (module.enableCompileCache); Node 20 has none for ES modules, hence one CommonJS file and
// vm.Script. A cache made by another Node version or with other V8 flags is rejected by V8 and
// written again; a cache that cannot be written (read-only install) is simply not kept.
import { createRequire } from 'node:module';
import Module from 'node:module';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { CliIO } from './io.js';

type Main = (argv: string[], io?: CliIO) => Promise<number>;

export interface Startup {
  main: Main;
  /** Writes the code cache when there was none or V8 rejected it. Never throws. */
  saveCache(): void;
}

export function loadStartup(file: string): Startup {
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapped = (Module as unknown as { wrap(s: string): string }).wrap(readFileSync(file, 'utf8'));
  const script = new vm.Script(wrapped, {
    filename: file,
    cachedData,
  });
  const mod = { exports: {} as { main?: Main } };
  const fn = script.runInThisContext() as (...a: unknown[]) => void;
  fn.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  const main = mod.exports.main;
  if (typeof main !== 'function') throw new Error(`${file} does not export main`);
  return {
    main,
    saveCache() {
      if (cachedData && !script.cachedDataRejected) return;
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        rmSync(tmp, { force: true });
      }
    },
  };
}
