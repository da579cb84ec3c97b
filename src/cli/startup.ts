// Starts the CLI from the startup bundle (dist/bundle/startup.cjs, `plan validate` and `plan rules`)
// through V8's code cache: the bytecode of every function that ran last time is kept in the user's
// cache folder, so a run skips parsing and compiling them again. Node 22 has a compile cache of its own
// (module.enableCompileCache); Node 20 has none for ES modules, hence one CommonJS file and vm.Script.
//
// The cache is never shipped: it is made by the first run on each machine, for the Node that runs it.
// Its file name holds V8's version, the CPU architecture and the build tag the bundler writes at the
// end of the bundle (a hash of its content), so a cache made by another Node or for another build is
// never even read; V8 itself still rejects one made with other flags (then it is written again). A
// cache that cannot be written (read-only home, no home) is simply not kept.
import { createRequire } from 'node:module';
import Module from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import type { CliIO } from './io.js';

type Main = (argv: string[], io?: CliIO) => Promise<number>;

export interface Startup {
  main: Main;
  /** The code cache file used, or null when the bundle has no build tag (then nothing is cached). */
  cacheFile: string | null;
  /** Writes the code cache when there was none or V8 rejected it. Never throws. */
  saveCache(): void;
}

/** The marker the build appends to the startup bundle: `//# pac-plan-build=<hex>`. */
export const BUILD_TAG = /\/\/# pac-plan-build=([0-9a-f]{8,64})\s*$/;

/** The user's cache folder for pac-plan: PLAN_CACHE_DIR, else the platform's usual place. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PLAN_CACHE_DIR) return env.PLAN_CACHE_DIR;
  const home = env.HOME || env.USERPROFILE || os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'pac-plan');
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'pac-plan', 'Cache');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'pac-plan');
}

/** The cache file for this bundle source under this Node, or null when the source carries no build tag. */
export function codeCacheFile(source: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const tag = BUILD_TAG.exec(source.slice(-100))?.[1];
  if (!tag) return null;
  return path.join(userCacheDir(env), `startup-${process.versions.v8}-${process.arch}-${tag}.cache`);
}

export function loadStartup(file: string, env: NodeJS.ProcessEnv = process.env): Startup {
  const source = readFileSync(file, 'utf8');
  const cacheFile = codeCacheFile(source, env);
  let cachedData: Buffer | undefined;
  try {
    cachedData = cacheFile ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  const wrapped = (Module as unknown as { wrap(s: string): string }).wrap(source);
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
    cacheFile,
    saveCache() {
      if (!cacheFile || (cachedData && !script.cachedDataRejected)) return;
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        const dir = path.dirname(cacheFile);
        mkdirSync(dir, { recursive: true });
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
        // Caches of earlier builds for this same Node are of no more use (other Nodes keep theirs).
        const prefix = `startup-${process.versions.v8}-${process.arch}-`;
        for (const f of readdirSync(dir)) {
          if (f.startsWith(prefix) && f.endsWith('.cache') && f !== path.basename(cacheFile)) rmSync(path.join(dir, f), { force: true });
        }
      } catch {
        rmSync(tmp, { force: true });
      }
    },
  };
}
