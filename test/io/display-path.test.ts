// One rule for showing a path, whatever the command: relative with forward slashes inside the base,
// `.` for the base itself, whole outside it. Before there was one rule, `plan validate` run inside a
// workspace named the workspace by its whole path and its files relatively, and so missed its errors
// when it summed up the phases.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayFrom } from '../../src/io/display-path.js';
import { runCli } from '../helpers/run-cli.js';
import { repo, repoPath, sourceFiles } from '../helpers/source-files.js';

describe('displayFrom', () => {
  const base = path.join(path.sep, 'home', 'amina', 'oulmes');
  const show = displayFrom(base);
  it('shows a path inside the base relatively, with forward slashes', () => {
    expect(show(path.join(base, 'projects', 'P01.yaml'))).toBe('projects/P01.yaml');
    expect(show(path.join(base, '..oddly-named', 'plan.yaml'))).toBe('..oddly-named/plan.yaml');
  });
  it('shows the base itself as .', () => {
    expect(show(base)).toBe('.');
  });
  it('shows a path outside the base whole', () => {
    expect(show(path.join(path.sep, 'home', 'amina', 'khemisset', 'plan.yaml'))).toBe(path.join(path.sep, 'home', 'amina', 'khemisset', 'plan.yaml'));
    expect(show(path.dirname(base))).toBe(path.dirname(base));
  });
});

describe('every command shows paths by that rule', () => {
  it('no source file other than src/io/display-path.ts builds a shown path from path.relative', () => {
    const offenders = sourceFiles('src')
      .filter((f) => repoPath(f) !== 'src/io/display-path.ts')
      .filter((f) => /(?:const|function)\s+(?:display|show)\b[^\n]*\n?[^\n]*path\.relative\(/.test(readFileSync(f, 'utf8')))
      .map(repoPath);
    expect(offenders).toEqual([]);
  });

  it('plan validate inside a workspace with an error names it . and says errors remain', async () => {
    const cwd = path.join(repo, 'examples/invalid/pac-fin-002-financing-does-not-close');
    const json = await runCli(['validate', '--lang', 'en', '--format', 'json'], { cwd });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).workspaces.map((w: { root: string }) => w.root)).toEqual(['.']);
    const pretty = await runCli(['validate', '--lang', 'en'], { cwd });
    expect(pretty.stdout).toContain('Every phase has its files, but errors remain: 1');
    expect(pretty.stdout).not.toContain('All phases are complete');
  });
});
