// The import graph follows the layers of docs/architecture.md: core imports neither cli nor io, io
// never imports cli; and inside them, modules that merely sit side by side do not lean on each other:
// the status report does not borrow from the wizard, and selection does not reach into prioritization
// (what both need lives in a module of its own: src/core/text/bidi.ts, src/core/decide/ranked-priority.ts,
// src/cli/decision-report.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, repoPath as rel, sourceFiles } from '../helpers/source-files.js';

const src = path.join(repo, 'src');

/** The repository files a source imports (static, re-exported or dynamic), `.js` specifiers mapped to `.ts`. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm)) {
    out.add(rel(path.resolve(path.dirname(file), m[2]!).replace(/\.js$/, '.ts')));
  }
  return [...out];
}

const graph = new Map(sourceFiles('src').map((f) => [rel(f), importsOf(f)]));
const edges = (from: (f: string) => boolean, to: (f: string) => boolean) =>
  [...graph].flatMap(([f, deps]) => (from(f) ? deps.filter(to).map((d) => `${f} → ${d}`) : []));
const under = (dir: string) => (f: string) => f.startsWith(`src/${dir}/`);

describe('the import scan', () => {
  it('sees static, type-only, re-exported and dynamic imports', () => {
    const f = path.join(src, 'core/status/x.ts');
    const text = [
      "import { a } from '../wizard/a.js';",
      "import type { B } from '../wizard/b.js';",
      "export { c } from './c.js';",
      "const d = await import('../../io/d.js');",
      "import '../wizard/side-effect.js';",
      "import path from 'node:path';",
    ].join('\n');
    expect(importsOf(f, text).sort()).toEqual(
      ['src/core/status/c.ts', 'src/core/wizard/a.ts', 'src/core/wizard/b.ts', 'src/core/wizard/side-effect.ts', 'src/io/d.ts'].sort(),
    );
  });
});

describe('layers', () => {
  it('core imports neither cli, io nor the reporters', () => {
    expect(edges(under('core'), (d) => under('cli')(d) || under('io')(d) || under('reporters')(d))).toEqual([]);
  });
  it('io never imports cli', () => {
    expect(edges(under('io'), under('cli'))).toEqual([]);
  });
});

describe('neighbours do not lean on each other', () => {
  it('core/status does not import core/wizard', () => {
    expect(edges(under('core/status'), under('core/wizard'))).toEqual([]);
  });
  it('the select command does not import the prioritize command', () => {
    expect(graph.has('src/cli/commands/select.ts')).toBe(true);
    expect(
      edges(
        (f) => f === 'src/cli/commands/select.ts',
        (d) => d === 'src/cli/commands/prioritize.ts',
      ),
    ).toEqual([]);
  });
  it('the selection modules of core/decide do not import the ranking modules', () => {
    const selection = (f: string) => /^src\/core\/decide\/select[^/]*\.ts$/.test(f);
    const ranking = (d: string) => /^src\/core\/decide\/(?:rank-priorities|ranking-report|prepare-ranking|write-ranking|weight-sensitivity)\.ts$/.test(d);
    expect([...graph.keys()].filter(selection).length).toBeGreaterThanOrEqual(3);
    expect(edges(selection, ranking)).toEqual([]);
  });
});
