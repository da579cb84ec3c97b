// Exports in the shapes the field produces are read without flags: ODK Central's CSV (groups joined by
// "-", its own columns ignored) and KoboToolbox's export with labels (French or Arabic headers and values).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { csvTable } from '../../../src/core/survey/csv-rows.js';
import { exportShape, normaliseExport } from '../../../src/core/survey/export-shape.js';
import { detectColumns } from '../../../src/core/survey/survey-columns.js';
import { summariseSurvey } from '../../../src/core/survey/summarise-survey.js';
import { runCli } from '../../helpers/run-cli.js';

const load = (f: string) => normaliseExport(csvTable(readFileSync(path.join('test/fixtures/survey', f), 'utf8')));
const summary = (f: string) => {
  const { table, shape } = load(f);
  const cols = detectColumns(
    table.headers,
    table.rows.map((r) => r.cells),
    { labels: shape === 'kobo-labels' },
  );
  return { cols, table, s: summariseSurvey(table, cols) };
};

describe('ODK Central CSV', () => {
  it('is recognised; group prefixes dropped; its own columns and the respondent columns are never questions', () => {
    expect(exportShape(csvTable(readFileSync('test/fixtures/survey/odk-central.csv', 'utf8')).headers)).toBe('odk-central');
    const { cols, s } = summary('odk-central.csv');
    expect(cols.questions.map((q) => q.name)).toEqual(['besoin_prioritaire']);
    expect(s.questions[0]!.results.overall).toEqual({ eau: 2, routes: 2, sante: 1 });
    expect(s.respondents).toMatchObject({ total: 5, women: 3, men: 2 });
  });
  it('an unclosed quote on the last line is a rejected row with its number; every other row is counted', () => {
    const { s } = summary('odk-central.csv');
    expect(s.rejected_rows).toEqual([{ row: 7, reason: 'unclosed quote' }]);
    expect(s.rows).toBe(6);
  });
});

describe('KoboToolbox export with labels', () => {
  it('French labels as headers and values: «Sexe du répondant», «Femme», «Eau potable»', () => {
    expect(exportShape(csvTable(readFileSync('test/fixtures/survey/kobo-labels-fr.csv', 'utf8')).headers)).toBe('kobo-labels');
    const { cols, s } = summary('kobo-labels-fr.csv');
    expect(cols.questions.map((q) => q.name)).toEqual(['quel_est_le_besoin_le_plus_urgent']);
    expect(s.respondents).toMatchObject({ total: 4, women: 2, men: 2 });
    expect(s.questions[0]!.results.women).toEqual({ eau_potable: 2 });
    expect(s.rejected_rows).toEqual([]);
  });
  it('Arabic labels: «الجنس», «أنثى»', () => {
    const { cols, s } = summary('kobo-labels-ar.csv');
    expect(cols.sex).toBeDefined();
    expect(cols.age).toBeDefined();
    expect(s.respondents).toMatchObject({ total: 4, women: 2, men: 2 });
    expect(s.questions).toHaveLength(1);
    expect(Object.values(s.questions[0]!.results.overall)).toEqual([2, 2]);
  });
});

describe('plan consult import reads them without flags', () => {
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(path.join(tmpdir(), 'plan-odk-'));
    cpSync('test/fixtures/minimal', ws, { recursive: true });
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));
  it('ODK Central CSV with a broken last line: imported, the row listed in rejected_rows', async () => {
    const r = await runCli([
      'consult',
      'import',
      path.resolve('test/fixtures/survey/odk-central.csv'),
      '-w',
      ws,
      '--id',
      'S1',
      '--title-ar',
      'استمارة',
      '--title-fr',
      'Enquête',
      '--tool',
      'odk',
      '--yes',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Row 7 rejected: unclosed quote/);
    const s1 = parse(readFileSync(path.join(ws, 'consultations.yaml'), 'utf8')).surveys[0];
    expect(s1.respondents).toMatchObject({ total: 5, women: 3, men: 2 });
    expect(s1.rejected_rows).toEqual([{ row: 7, reason: 'unclosed quote' }]);
    expect(s1.questions.map((q: { name: string }) => q.name)).toEqual(['besoin_prioritaire']);
  });
});
