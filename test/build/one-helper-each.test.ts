// Small helpers the commands share are written once: the collectors of repeatable options in
// src/cli/repeatable.ts, "read a file if it can be read" as src/io/read-source.ts's readTextMaybe,
// which never throws (no command wraps it again), and "the language plan.yaml names" as
// src/io/validate-run.ts's workspaceLang.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, collectList } from '../../src/cli/repeatable.js';
import { readTextMaybe } from '../../src/io/read-source.js';
import { repo, repoPath, sourceFiles } from '../helpers/source-files.js';

const sources = sourceFiles('src').map((f) => ({ file: repoPath(f), text: readFileSync(f, 'utf8') }));

describe('one definition of each command helper', () => {
  it('the collectors of repeatable options live in src/cli/repeatable.ts only', () => {
    const defining = sources.filter((s) => /^(?:export )?(?:const|function) collect\w*\s*[=(]/m.test(s.text)).map((s) => s.file);
    expect(defining).toEqual(['src/cli/repeatable.ts']);
  });
  it('the language plan.yaml names is read in one place (workspaceLang), not by each command', () => {
    expect(sources.filter((s) => s.file.startsWith('src/cli/') && /\bplanLang\(|readTextMaybe\([^)]*plan\.yaml/.test(s.text)).map((s) => s.file)).toEqual([]);
  });
  it('no command keeps its own readMaybe or wraps readTextMaybe in a try', () => {
    expect(sources.filter((s) => /(?:const|function)\s+readMaybe\b/.test(s.text)).map((s) => s.file)).toEqual([]);
    expect(sources.filter((s) => /try\s*\{\s*(?:\w+\s*=\s*|return\s+)readTextMaybe\(/.test(s.text)).map((s) => s.file)).toEqual([]);
  });
});

describe('the shared helpers', () => {
  it('collect keeps each occurrence; collectList splits comma lists and drops blanks', () => {
    expect(['a,b', 'c'].reduce((acc, v) => collect(v, acc), [] as string[])).toEqual(['a,b', 'c']);
    expect(['P01, P02', ',P03,'].reduce((acc, v) => collectList(v, acc), [] as string[])).toEqual(['P01', 'P02', 'P03']);
  });
  it('readTextMaybe gives undefined for a folder or a missing file, the text of a file', () => {
    expect(readTextMaybe(path.join(repo, 'test/fixtures/minimal'))).toBeUndefined();
    expect(readTextMaybe(path.join(repo, 'test/fixtures/minimal/nope.yaml'))).toBeUndefined();
    expect(readTextMaybe(path.join(repo, 'test/fixtures/minimal/plan.yaml'))).toContain('lang');
  });
});
