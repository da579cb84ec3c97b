// Summarises a questionnaire export into a consultations.yaml survey: respondents by sex, age and
// area, and per question the counts overall and by sex. A row that cannot be counted is listed in
// rejected_rows with its row number and the reason — no row is ever dropped silently.
import type { SurveyColumns, SurveyQuestion } from './survey-columns.js';
import type { SurveyRow, SurveyTable } from './survey-table.js';
import { foldForSearch } from '../wizard/normalize.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { tsv, type SurveyKey } from '../../i18n/survey.js';

/** Words a refused row's reason in the plan's language. */
type Say = (key: SurveyKey, args?: Record<string, string | number | undefined>) => string;

export type Counts = Record<string, number>;

export interface QuestionResult {
  name: string;
  type: 'select_one' | 'select_multiple';
  results: { overall: Counts; women: Counts; men: Counts; answered: number };
}

export interface RejectedRow {
  row: number;
  reason: string;
}

export interface SurveySummary {
  respondents: { total: number; women: number; men: number; by_age?: Counts; by_area?: Counts };
  questions: QuestionResult[];
  rejected_rows: RejectedRow[];
  /** First and last interview dates found (YYYY-MM-DD). */
  dates?: { first: string; last: string };
  /** Every data row is either counted or rejected: rows = counted + rejected. */
  rows: number;
}

export interface SexValues {
  women: string[];
  men: string[];
}

/** The usual codings of the sex question in Moroccan questionnaires (folded for comparison). */
export const DEFAULT_SEX_VALUES: SexValues = {
  women: ['f', 'female', 'femme', 'feminin', 'woman', 'women', 'انثى', 'امراه', '2'],
  men: ['m', 'h', 'male', 'homme', 'masculin', 'man', 'men', 'ذكر', 'رجل', '1'],
};

// Age bands of the survey summaries (the youth band 15-34 splits in two, as the HCP tables do).
function ageBand(raw: string): string | undefined {
  if (!/^\d{1,3}$/.test(raw)) return raw || undefined;
  const n = Number(raw);
  if (n < 15) return '0-14';
  if (n < 25) return '15-24';
  if (n < 35) return '25-34';
  if (n < 60) return '35-59';
  return '60+';
}

const dateOf = (v: string) => /^(\d{4}-\d{2}-\d{2})/.exec(v.trim())?.[1];
const inc = (c: Counts, k: string) => (c[k] = (c[k] ?? 0) + 1);
const BINARY_TRUE = new Set(['1', 'true']);
const BINARY = new Set(['', '0', '1', 'true', 'false']);

/** The choices a row gives to a question, or the reason the answer is malformed. */
function answerOf(q: SurveyQuestion, r: SurveyRow, say: Say): { choices: string[] } | { reason: string } {
  const cell = q.column === undefined ? undefined : (r.cells[q.column] ?? '').trim();
  if (q.type === 'select_one') return { choices: cell ? [cell] : [] };
  const fromColumn = cell ? [...new Set(cell.split(/\s+/))] : undefined;
  if (!q.choiceColumns.size) return { choices: fromColumn ?? [] };
  const fromFlags: string[] = [];
  for (const [choice, ci] of q.choiceColumns) {
    const v = (r.cells[ci] ?? '').trim().toLowerCase();
    if (!BINARY.has(v)) return { reason: say('sr.notBinary', { question: q.name, choice, value: r.cells[ci] ?? '' }) };
    if (BINARY_TRUE.has(v)) fromFlags.push(choice);
  }
  if (fromColumn && [...fromColumn].sort().join(' ') !== [...fromFlags].sort().join(' '))
    return { reason: say('sr.disagrees', { question: q.name, value: cell ?? '', flags: fromFlags.join(' ') || '—' }) };
  return { choices: fromColumn ?? fromFlags };
}

// Most frequent choice first, then by name: the same export always gives the same file.
const ordered = (c: Counts): Counts => Object.fromEntries(Object.entries(c).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));

/** Summarises `table` with the detected columns. */
export function summariseSurvey(table: SurveyTable, cols: SurveyColumns, sexValues: SexValues = DEFAULT_SEX_VALUES, lang: Lang = 'en'): SurveySummary {
  const say: Say = (key, args) => tsv(key, lang, args);
  const rejected: RejectedRow[] = [...(table.malformed ?? [])];
  const women = new Set(sexValues.women.map(foldForSearch));
  const men = new Set(sexValues.men.map(foldForSearch));
  const results = cols.questions.map((q) => ({ q, overall: {} as Counts, women: {} as Counts, men: {} as Counts, answered: 0 }));
  const respondents = { total: 0, women: 0, men: 0 };
  const byAge: Counts = {};
  const byArea: Counts = {};
  const seen = new Map<string, number>();
  const dates: string[] = [];
  for (const r of table.rows) {
    const reject = (reason: string) => rejected.push({ row: r.row, reason });
    if (r.cells.every((c) => !c.trim())) {
      reject(say('sr.emptyRow'));
      continue;
    }
    if (r.cells.length !== table.headers.length) {
      reject(say('sr.cells', { cells: r.cells.length, headers: table.headers.length }));
      continue;
    }
    if (cols.uuid !== undefined) {
      const id = r.cells[cols.uuid]!.trim();
      if (id && seen.has(id)) {
        reject(say('sr.duplicate', { id, first: seen.get(id) }));
        continue;
      }
      if (id) seen.set(id, r.row);
    }
    let sex: 'women' | 'men' | undefined;
    if (cols.sex !== undefined) {
      const v = foldForSearch(r.cells[cols.sex]!);
      if (!v) {
        reject(say('sr.noSex'));
        continue;
      }
      sex = women.has(v) ? 'women' : men.has(v) ? 'men' : undefined;
      if (!sex) {
        reject(say('sr.badSex', { value: r.cells[cols.sex] ?? '' }));
        continue;
      }
    } else {
      reject(say('sr.noSexColumn'));
      continue;
    }
    const answers: Array<{ i: number; choices: string[] }> = [];
    let bad: string | undefined;
    results.forEach((res, i) => {
      if (bad) return;
      const a = answerOf(res.q, r, say);
      if ('reason' in a) bad = a.reason;
      else answers.push({ i, choices: a.choices });
    });
    if (bad) {
      reject(bad);
      continue;
    }
    respondents.total++;
    respondents[sex]++;
    if (cols.age !== undefined) {
      const band = ageBand(r.cells[cols.age]!.trim());
      if (band) inc(byAge, band);
    }
    if (cols.area !== undefined && r.cells[cols.area]!.trim()) inc(byArea, r.cells[cols.area]!.trim());
    if (cols.date !== undefined) {
      const d = dateOf(r.cells[cols.date]!);
      if (d) dates.push(d);
    }
    for (const { i, choices } of answers) {
      const res = results[i]!;
      if (!choices.length) continue;
      res.answered++;
      for (const c of choices) {
        inc(res.overall, c);
        inc(res[sex], c);
      }
    }
  }
  dates.sort();
  return {
    respondents: { ...respondents, ...(Object.keys(byAge).length ? { by_age: byAge } : {}), ...(Object.keys(byArea).length ? { by_area: byArea } : {}) },
    questions: results.map((r) => ({
      name: r.q.name,
      type: r.q.type,
      results: { overall: ordered(r.overall), women: ordered(r.women), men: ordered(r.men), answered: r.answered },
    })),
    rejected_rows: rejected.sort((a, b) => a.row - b.row),
    ...(dates.length ? { dates: { first: dates[0]!, last: dates[dates.length - 1]! } } : {}),
    rows: table.rows.length + (table.malformed?.length ?? 0),
  };
}
