import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/reporters/github.js';
import { CLEAN, FIXTURE } from './fixture.js';

describe('github', () => {
  it('formats the fixture', () => {
    expect(github(FIXTURE)).toMatchSnapshot();
  });

  it('writes one command per diagnostic, with the level GitHub knows', () => {
    const lines = github(FIXTURE).trimEnd().split('\n');
    expect(lines).toHaveLength(FIXTURE.diagnostics.length);
    expect(lines.map((l) => /^::(\w+) /.exec(l)?.[1])).toEqual(
      FIXTURE.diagnostics.map((d) => ({ error: 'error', warning: 'warning', info: 'notice' })[d.severity]),
    );
    expect(github(CLEAN)).toBe('');
  });

  it('gives file, line, columns and the code as title; the end column is inclusive', () => {
    const line = github(FIXTURE)
      .split('\n')
      .find((l) => l.includes('PAC-PER-001'))!;
    expect(line).toMatch(/^::error file=communes\/oulmes\/plan.yaml,line=4,col=39,endLine=4,endColumn=42,title=PAC-PER-001::La période/);
    const noPos = github(FIXTURE)
      .split('\n')
      .find((l) => l.includes('PAC-FIL-001'))!;
    expect(noPos).toBe('::error file=communes/tiflet/finance.yaml,title=PAC-FIL-001::Fichier introuvable');
  });

  it('leaves columns out of a span over several lines, as GitHub asks', () => {
    const d = { ...FIXTURE.diagnostics[0]!, line: 3, col: 5, endLine: 6, endCol: 2 };
    expect(github({ ...CLEAN, diagnostics: [d] })).toMatch(/^::error file=communes\/oulmes\/plan.yaml,line=3,endLine=6,title=PAC-PER-001::/);
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir,x/a:b%\n.yaml')).toBe('dir%2Cx/a%3Ab%25%0A.yaml');
    const d = { ...FIXTURE.diagnostics[0]!, file: 'a,b:c.yaml', code: 'PAC-X:1', message: '50%\n::error::injected', expected: undefined, found: undefined };
    expect(github({ ...CLEAN, diagnostics: [d] })).toBe(
      '::error file=a%2Cb%3Ac.yaml,line=4,col=39,endLine=4,endColumn=42,title=PAC-X%3A1::50%25%0A::error::injected\n',
    );
  });

  it('puts expected and found on a second line of the annotation', () => {
    expect(github(FIXTURE)).toContain('sous le seuil "recommandé"%0Aattendu : ≥ 30 %25 / trouvé : 20 %25\n');
  });
});

describe('github, control characters', () => {
  it('shows control characters from a plan instead of passing them to the log', () => {
    const d = { ...FIXTURE.diagnostics[0]!, message: 'a\u001b[31mb\u0007', expected: undefined, found: undefined };
    expect(github({ ...CLEAN, diagnostics: [d] })).toMatch(/::a␛\[31mb␇\n$/);
  });
});
