import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readSurveyTable } from '../../../src/io/survey-import.js';
import { detectColumns } from '../../../src/core/survey/survey-columns.js';
import { summariseSurvey } from '../../../src/core/survey/summarise-survey.js';

// The rows the example breaks on purpose (examples/survey/README.md), by row number (header = 1).
const BROKEN: Record<number, RegExp> = {
  7: /sex not answered/,
  13: /sex "x"/,
  19: /contraintes: "eau route" disagrees with its 0\/1 columns/,
  25: /contraintes\/emploi: "2" is not 0 or 1/,
  32: /duplicate submission .* \(first at row 31\)/,
  38: /empty row/,
  42: /cells where the header has 20/,
};

for (const ext of ['csv', 'xlsx']) {
  describe(`a KoboToolbox export (${ext})`, async () => {
    const table = await readSurveyTable(`examples/survey/kobo-export.${ext}`);
    const cols = detectColumns(
      table.headers,
      table.rows.map((r) => r.cells),
    );
    const s = summariseSurvey(table, cols);

    it('finds the sex, age, area, date and id columns and the three select questions', () => {
      expect(table.headers[cols.sex!]).toBe('grp_identification/sexe');
      expect(table.headers[cols.age!]).toBe('grp_identification/age');
      expect(table.headers[cols.area!]).toBe('grp_identification/douar');
      expect(table.headers[cols.uuid!]).toBe('_uuid');
      expect(cols.questions.map((q) => `${q.name}:${q.type}`)).toEqual([
        'besoin_prioritaire:select_one',
        'contraintes:select_multiple',
        'satisfaction:select_one',
      ]);
      expect([...cols.questions[1]!.choiceColumns.keys()]).toEqual(['eau', 'route', 'sante', 'emploi']);
    });
    it('rejects exactly the malformed rows, each with its row number and reason', () => {
      expect(s.rejected_rows.map((r) => r.row)).toEqual(Object.keys(BROKEN).map(Number));
      for (const r of s.rejected_rows) expect(r.reason).toMatch(BROKEN[r.row]!);
    });
    it('drops no row silently: every row is counted or rejected', () => {
      expect(s.rows).toBe(table.rows.length);
      expect(s.respondents.total + s.rejected_rows.length).toBe(s.rows);
      expect(s.respondents.women + s.respondents.men).toBe(s.respondents.total);
    });
    it('counts each question overall and by sex, as a plain recount of the accepted rows gives', () => {
      const rejected = new Set(s.rejected_rows.map((r) => r.row));
      const rows = table.rows.filter((r) => !rejected.has(r.row));
      const col = (name: string) => table.headers.indexOf(name);
      const recount = (name: string, sex?: string) => {
        const c: Record<string, number> = {};
        for (const r of rows)
          if (!sex || r.cells[col('grp_identification/sexe')] === sex) for (const v of r.cells[col(name)]!.split(' ').filter(Boolean)) c[v] = (c[v] ?? 0) + 1;
        return c;
      };
      const q = (n: string) => s.questions.find((x) => x.name === n)!.results;
      for (const [n, header] of [
        ['besoin_prioritaire', 'grp_besoins/besoin_prioritaire'],
        ['contraintes', 'grp_besoins/contraintes'],
        ['satisfaction', 'grp_services/satisfaction'],
      ] as const) {
        expect(q(n).overall).toEqual(recount(header));
        expect(q(n).women).toEqual(recount(header, 'femme'));
        expect(q(n).men).toEqual(recount(header, 'homme'));
        for (const k of Object.keys(q(n).overall)) expect(q(n).overall[k]).toBe((q(n).women[k] ?? 0) + (q(n).men[k] ?? 0));
      }
      expect(q('satisfaction').answered).toBe(s.respondents.total);
      const ages = Object.values(s.respondents.by_age ?? {}).reduce((a, b) => a + b, 0);
      expect(ages).toBe(s.respondents.total);
    });
    it('takes the interview dates from the export', () => {
      expect(s.dates).toEqual({ first: '2021-12-01', last: '2022-01-20' });
    });
  });
}

describe('survey columns', () => {
  it('reads a select_multiple given only as 0/1 columns, and ignores free text', () => {
    const headers = ['sex', 'q/a', 'q/b', 'note'];
    const rows = [
      ['f', '1', '0', 'la route est coupée'],
      ['m', '1', '1', 'rien à signaler ce mois'],
      ['f', '0', '1', 'merci'],
    ];
    const cols = detectColumns(headers, rows);
    expect(cols.questions.map((q) => [q.name, q.type, q.column])).toEqual([['q', 'select_multiple', undefined]]);
    const s = summariseSurvey({ headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) }, cols);
    expect(s.questions[0]!.results).toEqual({ overall: { a: 2, b: 2 }, women: { a: 1, b: 1 }, men: { a: 1, b: 1 }, answered: 3 });
  });
  it('reads an ODK-style space-separated column without 0/1 columns as select_multiple', () => {
    const headers = ['gender', 'problems'];
    const rows = [
      ['female', 'water roads'],
      ['male', 'roads'],
      ['female', 'water health'],
      ['male', 'health water'],
    ];
    const cols = detectColumns(headers, rows);
    expect(cols.questions[0]).toMatchObject({ name: 'problems', type: 'select_multiple' });
  });
  it('accepts Arabic sex values', () => {
    const headers = ['الجنس', 'q'];
    const rows = [
      ['أنثى', 'a'],
      ['ذكر', 'b'],
      ['انثى', 'a'],
    ];
    const s = summariseSurvey({ headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) }, detectColumns(headers, rows));
    expect(s.respondents).toMatchObject({ total: 3, women: 2, men: 1 });
  });
});

it('the CSV example is what KoboToolbox writes: BOM, semicolons, CRLF', () => {
  const raw = readFileSync('examples/survey/kobo-export.csv', 'utf8');
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  expect(raw.split('\r\n')[0]!.split(';')).toHaveLength(20);
});
