// The repository stands alone: no source, test, benchmark or CI script reads a file outside it. A
// relative path with more `..` steps than the file is deep, or a path into a folder that only exists
// beside the repository on some machine, would pass here and fail on a fresh clone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const SCANNED = ['src', 'test', 'bench', '.ci', 'bin'];
const TOP_FILES = ['package.json', 'vitest.config.ts'];
const TEXT = /\.(?:[cm]?[jt]s|json|ya?ml|sh|md)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.work' || name === '__snapshots__') continue;
    const p = path.join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (TEXT.test(name) || path.dirname(p) === path.join(root, '.ci') || path.dirname(p) === path.join(root, 'bin')) out.push(p);
  }
  return out;
}

/** How many `..` steps each relative path in `text` takes, with its line: 'a/../../b', '..', '..'. */
export function upSteps(text: string): { line: number; steps: number; match: string }[] {
  const found: { line: number; steps: number; match: string }[] = [];
  text.split('\n').forEach((line, i) => {
    // '../../x' and '..\\..\\x' inside any string
    for (const m of line.matchAll(/(?:^|[^.\w])((?:\.\.[\\/]+)+(?:\.\.(?![\w.]))?)/g)) {
      // A YAML modeline (`$schema=../../schemas/…`) is relative to the YAML file written, not to this one.
      if (line.slice(0, m.index! + 1).endsWith('$schema=')) continue;
      found.push({ line: i + 1, steps: m[1]!.split(/[\\/]+/).filter((s) => s === '..').length, match: m[1]! });
    }
    // path.join(x, '..', '..', '..')
    for (const m of line.matchAll(/(['"`])\.\.\1(?:\s*,\s*(['"`])\.\.\2)*/g)) {
      found.push({ line: i + 1, steps: (m[0].match(/\.\./g) ?? []).length, match: m[0] });
    }
  });
  return found;
}

// Folders that sit beside the repository on the machines it was written on; spelled in two parts so
// that this file does not name them itself.
/** Paths that are relative to a file the code writes elsewhere, not to the code itself. */
const WRITTEN_ELSEWHERE: { file: string; text: RegExp; why: string }[] = [
  { file: 'bench/generate-workspaces.mjs', text: /^(?:\.\.\/)+$/, why: "rewrites the modeline '../../../schemas' of a copied example one folder deeper" },
];

const FOREIGN = [['shared', 'external'].join('/'), ['', 'work', 'shared'].join('/'), ['', 'work', 'main'].join('/')];

const readLine = (file: string, line: number): string => readFileSync(file, 'utf8').split('\n')[line - 1] ?? '';

describe('no path reaches outside the repository', () => {
  it('finds the escapes it is meant to find', () => {
    expect(upSteps("path.resolve(__dirname, '../../../shared/x.json')")[0]!.steps).toBe(3);
    expect(upSteps("path.join(root, '..', '..')").some((f) => f.steps === 2)).toBe(true);
    expect(upSteps("import x from '../a.js';")[0]!.steps).toBe(1);
    expect(upSteps('const a = b...c;')).toEqual([]);
  });

  const files = [...SCANNED.flatMap((d) => walk(path.join(root, d))), ...TOP_FILES.map((f) => path.join(root, f))];

  it('scans the source, tests, benchmarks, CI script and executable', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(path.join(root, '.ci', 'run'));
    expect(files).toContain(path.join(root, 'bin', 'plan.js'));
  });

  it('no relative path climbs above the repository root', () => {
    const escapes: string[] = [];
    for (const file of files) {
      if (file === __filename) continue; // its own examples above
      const depth = path.relative(root, path.dirname(file)).split(path.sep).filter(Boolean).length;
      for (const f of upSteps(readFileSync(file, 'utf8'))) {
        const rel = path.relative(root, file).split(path.sep).join('/');
        if (WRITTEN_ELSEWHERE.some((w) => w.file === rel && w.text.test(f.match)) && /(?:\.\.\/)+schemas/.test(readLine(file, f.line))) continue;
        if (f.steps > depth) escapes.push(`${path.relative(root, file)}:${f.line}: ${f.match} (${f.steps} steps up from depth ${depth})`);
      }
    }
    expect(escapes).toEqual([]);
  });

  it('no path names a folder that lives beside the repository', () => {
    const hits: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const f of FOREIGN) if (line.includes(f)) hits.push(`${path.relative(root, file)}:${i + 1}: ${f}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
