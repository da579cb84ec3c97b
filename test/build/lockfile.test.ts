// package-lock.json installs on every platform Node supports: each optional dependency (the native
// builds of rollup, esbuild and the like, one package per OS and CPU) has its own entry, not only the
// ones of the machine that wrote the lockfile. Without them npm skips the build the platform needs, and
// vitest or the bundler does not start on macOS, Windows or another CPU.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; optionalDependencies?: Record<string, string>; os?: string[]; cpu?: string[] }>;
};

/** The lockfile key npm would install `name` at for the package at `key` (its own folder, then upwards). */
function locate(name: string, key: string): string | undefined {
  let base = key;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

describe('package-lock.json', () => {
  it('is a lockfile of npm 7 or later (the packages map)', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
  });

  it('lists every optional dependency of every package, whatever its platform', () => {
    const missing: string[] = [];
    for (const [key, pkg] of Object.entries(lock.packages)) {
      for (const name of Object.keys(pkg.optionalDependencies ?? {})) if (!locate(name, key)) missing.push(`${name} (of ${key || 'the project'})`);
    }
    expect(missing).toEqual([]);
  });

  it('has the native builds of rollup and esbuild for macOS, Windows and Linux', () => {
    const keys = Object.keys(lock.packages);
    for (const build of ['rollup-darwin-arm64', 'rollup-darwin-x64', 'rollup-win32-x64-msvc', 'rollup-linux-x64-gnu', 'rollup-linux-arm64-gnu']) {
      expect(
        keys.some((k) => k.endsWith(`/@rollup/${build}`)),
        build,
      ).toBe(true);
    }
    for (const build of ['darwin-arm64', 'darwin-x64', 'win32-x64', 'linux-x64', 'linux-arm64']) {
      expect(
        keys.some((k) => k.endsWith(`/@esbuild/${build}`)),
        `@esbuild/${build}`,
      ).toBe(true);
    }
  });
});
