// The repository's source files, for the tests that read the code itself (layers, imports, copies).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The repository's root folder. */
export const repo = path.resolve(__dirname, '../..');

/** Every file below `dir` (relative to the repository) whose name matches `name`, fixtures and snapshots left out. */
export function sourceFiles(dir: string, name = /\.ts$/): string[] {
  const walk = (abs: string): string[] =>
    readdirSync(abs).flatMap((n) => {
      if (n === '__snapshots__' || n === 'fixtures' || n === 'node_modules') return [];
      const p = path.join(abs, n);
      return statSync(p).isDirectory() ? walk(p) : name.test(n) ? [p] : [];
    });
  return walk(path.join(repo, dir));
}

/** `abs` relative to the repository, with forward slashes. */
export const repoPath = (abs: string): string => path.relative(repo, abs).split(path.sep).join('/');
