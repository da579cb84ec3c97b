// The original spelling of unchanged lines survives an edit: flow-collection spacing is the user's.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { flowNormal, keepOriginalLines } from '../../src/io/yaml-layout.js';
import { openYaml, saveYaml } from '../../src/io/yaml-edit.js';

describe('flowNormal', () => {
  it('drops only the optional spaces inside flow brackets', () => {
    expect(flowNormal('ids: [ a, b ]')).toBe(flowNormal('ids: [a,b]'));
    expect(flowNormal('x: { a: 1, b: [ 2 ] }')).toBe(flowNormal('x: {a: 1,b: [2]}'));
    expect(flowNormal('  - [ a ]')).toBe('  - [a]');
  });

  it('keeps spaces that are content: in quotes, in block scalars, before a bracket, in comments', () => {
    expect(flowNormal("t: [ 'a , b' ]")).toBe("t: ['a , b']");
    expect(flowNormal('t: [ "a [ b" ]')).toBe('t: ["a [ b"]');
    expect(flowNormal("t: [ 'it''s , x' ]")).toBe("t: ['it''s , x']");
    expect(flowNormal('title: a, b')).not.toBe(flowNormal('title: a,b'));
    expect(flowNormal('- [a]')).not.toBe(flowNormal('-[a]'));
    expect(flowNormal('x: [a] # [ note ]')).toBe('x: [a] # [ note ]');
    expect(flowNormal('date: 2021-11-10   # moved')).toBe(flowNormal('date: 2021-11-10 # moved'));
    expect(flowNormal("t: 'a   # b'")).not.toBe(flowNormal("t: 'a # b'"));
  });
});

describe('keepOriginalLines', () => {
  it('puts back re-spaced lines and keeps real changes and insertions', () => {
    const before = 'a: [x, y]\nb: { k: 1 }\nc: [z]\n';
    const after = 'a: [ x, y ]\nb: { k: 2 }\nc: [ z ]\nd: 4\n';
    expect(keepOriginalLines(before, after)).toBe('a: [x, y]\nb: { k: 2 }\nc: [z]\nd: 4\n');
  });

  it('never changes what the YAML means (random flow documents, random spacing)', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9]{0,4}$/);
    const flow = fc.array(fc.oneof(id, fc.constantFrom("'q, r'", '"s [ t"', 'u v')), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.tuple(id, flow, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 6 }), fc.nat(), (rows, k) => {
        const keys = [...new Set(rows.map((r) => r[0]))];
        const line = (key: string, items: string[], pad: boolean) => `${key}: [${pad ? ' ' : ''}${items.join(', ')}${pad ? ' ' : ''}]`;
        const uniq = rows.filter((r, i) => keys.indexOf(r[0]) === i);
        const before = uniq.map(([key, items, pad]) => line(key, items, pad)).join('\n') + '\n';
        // The "edit": re-space every line, and really change one of them.
        const target = k % uniq.length;
        const after = uniq.map(([key, items, pad, change], i) => line(key, i === target && change ? [...items, 'added'] : items, !pad)).join('\n') + '\n';
        expect(parse(keepOriginalLines(before, after))).toEqual(parse(after));
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});

describe('an edit through the Document API', () => {
  it('changes only the lines it means to, in a Prettier-style file (padded maps, unpadded lists)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-layout-'));
    const file = path.join(dir, 'priorities.yaml');
    const before = [
      '# Priorités retenues en atelier',
      'priorities:',
      '  - id: PRI01',
      '    localities: [D03, D04] # douars du nord',
      '    scores: { impact: 5, urgence: 4 }',
      '  - id: PRI02',
      '    localities: [D11]',
      '    scores: { impact: 3, urgence: 2 }',
      '',
    ].join('\n');
    writeFileSync(file, before);
    const y = openYaml(file);
    (y.doc.getIn(['priorities', 0]) as { set(k: string, v: unknown): void }).set('rank', 1);
    (y.doc.getIn(['priorities', 1]) as { set(k: string, v: unknown): void }).set('rank', 2);
    await saveYaml(y);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(before.replace('urgence: 4 }\n', 'urgence: 4 }\n    rank: 1\n').replace('urgence: 2 }\n', 'urgence: 2 }\n    rank: 2\n'));
  });
});
