// A malformed CSV row costs only itself: listed with its line number, every other row read.
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../src/core/survey/csv-rows.js';

describe('csvTable', () => {
  it('an unclosed quote on the last line is one malformed row, the others are read', () => {
    const t = csvTable('sexe,besoin\nf,eau\nm,routes\nf,"eau\n');
    expect(t.headers).toEqual(['sexe', 'besoin']);
    expect(t.rows.map((r) => [r.row, r.cells])).toEqual([
      [2, ['f', 'eau']],
      [3, ['m', 'routes']],
    ]);
    expect(t.malformed).toEqual([{ row: 4, reason: 'unclosed quote' }]);
  });
  it('an unclosed quote in the middle rejects its line and reads on after it', () => {
    const t = csvTable('sexe;besoin\nf;eau\nm;"routes\nf;sante\nm;eau\n');
    expect(t.rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(t.malformed).toEqual([{ row: 3, reason: 'unclosed quote' }]);
  });
  it('a quoted answer over several lines stays one row, numbered by its first line', () => {
    const t = csvTable('sexe,commentaire,besoin\nf,"deux\nlignes",eau\nm,,routes\n');
    expect(t.rows.map((r) => [r.row, r.cells])).toEqual([
      [2, ['f', 'deux\nlignes', 'eau']],
      [4, ['m', '', 'routes']],
    ]);
    expect(t.malformed).toBeUndefined();
  });
  it('a stray quote inside a field is listed too', () => {
    const t = csvTable('sexe,besoin\nf,eau\nm,rou"tes"x\nf,sante\n');
    expect(t.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(t.malformed?.map((m) => m.row)).toEqual([3]);
  });
});
