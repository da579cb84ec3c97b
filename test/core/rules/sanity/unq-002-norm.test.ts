// PAC-UNQ-002 compares titles after NFKC, lower case and collapsed white space. Titles written only in
// characters NFKC leaves alone skip the normalization, and titles without odd white space skip the
// collapse: the result must be the one of the full steps, always.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nfkcStable, norm } from '../../../../src/core/rules/sanity/unq-002-same-project-twice.js';

const reference = (s: string | undefined) => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

describe('PAC-UNQ-002 title comparison', () => {
  it('NFKC leaves every character of the stable class alone, and every pair of them', () => {
    const chars: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (nfkcStable(ch)) chars.push(ch);
    }
    expect(chars.length).toBeGreaterThan(400);
    const moved = chars.filter((ch) => ch.normalize('NFKC') !== ch || /\p{M}/u.test(ch));
    expect(moved).toEqual([]);
    let pairs = 0;
    const bad: string[] = [];
    for (const a of chars)
      for (const b of chars) {
        pairs++;
        if ((a + b).normalize('NFKC') !== a + b) bad.push(a + b);
      }
    expect(bad).toEqual([]);
    expect(pairs).toBe(chars.length ** 2);
  });

  it('gives what NFKC, lower case and collapsed white space give', () => {
    const examples = path.resolve(__dirname, '../../../../examples');
    const titles: string[] = [];
    for (const ws of readdirSync(examples)) {
      const dir = path.join(examples, ws, 'projects');
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        continue;
      }
      for (const n of names) for (const m of readFileSync(path.join(dir, n), 'utf8').matchAll(/^ {2}(?:ar|fr): (.+)$/gm)) titles.push(m[1]!);
    }
    expect(titles.length).toBeGreaterThan(20);
    const tricky = [
      undefined,
      '',
      '  Route   rurale ',
      'Route\trurale',
      'Route\u00a0rurale',
      'Route\u202frurale',
      'ＲＯＵＴＥ',
      'ﬁnancement',
      'ﻻ إله',
      'سَلَامٌ',
      'ا\u0653',
      'e\u0301cole',
      'École n° 2',
      '½ route',
      'x² + y³',
      'Ĳssel',
      'Chemin – 1 … 2',
      'ٵ',
      'Ⅻ',
      'İstanbul',
      'ΣΑΣ',
      '\u2028',
      '\uffff',
      '\ud83d\ude00 route',
    ];
    for (const s of [...titles, ...tricky, ...titles.map((t) => `  ${t.toUpperCase()}\n`)]) expect(norm(s), JSON.stringify(s)).toBe(reference(s));
  });
});
