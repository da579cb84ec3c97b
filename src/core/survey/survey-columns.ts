// Which columns of a KoboToolbox / ODK export are the sex, age and area, and which are select_one or
// select_multiple questions (a select_multiple comes as one space-separated column and/or one 0/1
// column per choice, named "question/choice").

/** A question found in the export. */
export interface SurveyQuestion {
  name: string;
  type: 'select_one' | 'select_multiple';
  /** Index of the column holding the answer (space-separated for select_multiple), if any. */
  column?: number;
  /** For select_multiple: choice → index of its 0/1 column. */
  choiceColumns: Map<string, number>;
}

export interface SurveyColumns {
  sex?: number;
  age?: number;
  area?: number;
  /** A column with the interview or submission date. */
  date?: number;
  /** The submission's unique id (duplicates are rejected). */
  uuid?: number;
  questions: SurveyQuestion[];
}

export interface ColumnOptions {
  sexColumn?: string;
  ageColumn?: string;
  areaColumn?: string;
  /** Only these questions (names); default: every select-like column. */
  questions?: string[];
  /** Questions to read as select_multiple even without 0/1 columns. */
  multiple?: string[];
  /** The choice names were made from labels (src/core/survey/export-shape.ts): any letters. */
  labels?: boolean;
}

// Columns the tools add to every export; never questions.
const META = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'subscriberid',
  'simserial',
  'phonenumber',
  'username',
  'audit',
  'instanceid',
  'submissiondate',
  'key',
  'submitterid',
  'submittername',
  'attachmentspresent',
  'attachmentsexpected',
  'status',
  'reviewstate',
  'deviceid',
  'edits',
  'formversion',
  'version',
]);
const SEX_NAMES = ['sex', 'sexe', 'gender', 'genre', 'jins', 'الجنس', 'respondent_sex', 'sexe_repondant'];
const AGE_NAMES = ['age', 'age_group', 'tranche_age', 'classe_age', 'العمر', 'الفئة_العمرية', 'age_range'];
const AREA_NAMES = ['area', 'milieu', 'zone', 'localite', 'douar', 'الوسط'];
const DATE_NAMES = ['today', 'date', 'start', '_submission_time', 'submissiondate'];
const UUID_NAMES = ['_uuid', 'meta/instanceid', 'instanceid', 'key', '_id'];

/** The last segment of a grouped column name ("grp_menage/besoin" → "besoin"). */
export const leaf = (header: string): string => header.split('/').pop()!.trim();
const norm = (h: string) => h.trim().toLowerCase();

function findByName(headers: string[], names: string[], explicit?: string): number | undefined {
  if (explicit !== undefined) {
    const i = headers.findIndex((h) => h === explicit || leaf(h) === explicit);
    return i >= 0 ? i : undefined;
  }
  for (const n of names) {
    const i = headers.findIndex((h) => norm(h) === n || norm(leaf(h)) === n);
    if (i >= 0) return i;
  }
  return undefined;
}

// Choice names as KoboToolbox and ODK require them: XML-name-like, in practice ASCII; made from
// labels (an export "with labels"), they may hold Arabic letters.
const SLUG = /^[A-Za-z0-9_.-]+$/;
const LABEL_SLUG = /^[\p{L}\p{N}_.-]+$/u;

/** Finds the columns of an export. `rows` are used to tell a select column from free text or numbers. */
export function detectColumns(headers: string[], rows: string[][], o: ColumnOptions = {}): SurveyColumns {
  const sex = findByName(headers, SEX_NAMES, o.sexColumn);
  const age = findByName(headers, AGE_NAMES, o.ageColumn);
  const area = findByName(headers, AREA_NAMES, o.areaColumn);
  const date = findByName(headers, DATE_NAMES);
  const uuid = findByName(headers, UUID_NAMES);
  const special = new Set([sex, age, area, date, uuid].filter((i): i is number => i !== undefined));

  // "q/choice" columns: the prefix is a select_multiple question when it is also a column, or when
  // several such columns share it.
  const byPrefix = new Map<string, Map<string, number>>();
  headers.forEach((h, i) => {
    const cut = h.lastIndexOf('/');
    if (cut <= 0) return;
    const prefix = h.slice(0, cut);
    const choice = h.slice(cut + 1);
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, new Map());
    byPrefix.get(prefix)!.set(choice, i);
  });
  const questions: SurveyQuestion[] = [];
  const used = new Set<number>();
  for (const [prefix, choices] of byPrefix) {
    const column = headers.indexOf(prefix);
    // A group prefix ("grp_menage/besoin") has text columns, not 0/1 ones: check the values.
    // Mostly 0/1: a stray "2" is a malformed row to report, not a reason to miss the question.
    const cells = [...choices.values()].flatMap((ci) => rows.map((r) => (r[ci] ?? '').trim().toLowerCase()).filter(Boolean));
    const binary = cells.length > 0 && cells.filter((v) => ['0', '1', 'true', 'false'].includes(v)).length >= cells.length * 0.9;
    if (!binary || (column < 0 && choices.size < 2)) continue;
    questions.push({ name: leaf(prefix), type: 'select_multiple', column: column >= 0 ? column : undefined, choiceColumns: choices });
    for (const ci of choices.values()) used.add(ci);
    if (column >= 0) used.add(column);
  }
  headers.forEach((h, i) => {
    if (used.has(i) || special.has(i)) return;
    const name = leaf(h);
    if (h.startsWith('_') || META.has(norm(name)) || h.toLowerCase().startsWith('meta/')) return;
    const values = rows.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    if (!values.length) return;
    const multiple = o.multiple?.includes(name);
    const spaced = values.some((v) => /\s/.test(v));
    const tokens = values.flatMap((v) => v.split(/\s+/));
    const numeric = values.every((v) => /^-?\d+(\.\d+)?$/.test(v));
    const distinct = new Set(multiple || spaced ? tokens : values);
    // Choice names are slugs that recur from row to row; free text has words seen once.
    const uses = new Map<string, number>();
    for (const t of tokens) uses.set(t, (uses.get(t) ?? 0) + 1);
    const recurring = !spaced || multiple || [...uses.values()].every((n) => n >= 2);
    const selectLike = !numeric && recurring && tokens.every((t) => (o.labels ? LABEL_SLUG : SLUG).test(t)) && distinct.size <= 30;
    if (!selectLike && !o.questions?.includes(name)) return;
    questions.push({ name, type: multiple || spaced ? 'select_multiple' : 'select_one', column: i, choiceColumns: new Map() });
  });
  const order = new Map(headers.map((h, i) => [i, i]));
  questions.sort((a, b) => order.get(a.column ?? [...a.choiceColumns.values()][0]!)! - order.get(b.column ?? [...b.choiceColumns.values()][0]!)!);
  const chosen = o.questions ? questions.filter((q) => o.questions!.includes(q.name)) : questions;
  return { sex, age, area, date, uuid, questions: chosen };
}
