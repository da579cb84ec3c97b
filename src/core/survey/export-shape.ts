// The shapes in which the field's tools export a questionnaire, brought to one: question names as
// columns, groups separated by "/", choice names as values. ODK Central's CSV separates groups with
// "-" (`identification-sexe`, `meta-instanceID`); KoboToolbox's export "with labels" has the questions'
// labels as headers («Sexe du répondant», «الجنس») and the choices' labels as values («Femme»).
import type { SurveyTable } from './survey-table.js';
import { foldForSearch } from '../wizard/normalize.js';

export type ExportShape = 'xml-names' | 'odk-central' | 'kobo-labels';

// Columns only ODK Central writes.
const ODK_CENTRAL = [
  'SubmissionDate',
  'KEY',
  'SubmitterID',
  'SubmitterName',
  'AttachmentsPresent',
  'AttachmentsExpected',
  'ReviewState',
  'DeviceID',
  'Edits',
  'FormVersion',
];
// An XLSForm name: a letter or _ first, then letters, digits, _ . - (groups joined by "/").
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.\-/]*$/;

/** Which tool shape a header line has. */
export function exportShape(headers: readonly string[]): ExportShape {
  if (headers.some((h) => ODK_CENTRAL.includes(h) || /^meta-/i.test(h))) return 'odk-central';
  const named = headers.filter((h) => h && !h.startsWith('_'));
  const labels = named.filter((h) => !XML_NAME.test(h)).length;
  // A name never holds a space; a label almost always does.
  return named.some((h) => /\s/.test(h)) || (named.length && labels * 3 > named.length) ? 'kobo-labels' : 'xml-names';
}

// A label's words, folded (accents and Arabic variants), for matching the respondent's sex, age and area.
const SEX = /(^|[^a-z])(sexe|sex|genre|gender)([^a-z]|$)|جنس/;
const AGE = /(^|[^a-z])(age|tranche d.?age|classe d.?age)([^a-z]|$)|العمر|السن|الفئه العمريه/;
const AREA = /(^|[^a-z])(milieu|zone|douar|localite|quartier)([^a-z]|$)|الوسط|المنطقه|الدوار/;

/** A label made into a name: words joined by "_", lower case, accents dropped (Arabic letters kept). */
export function nameOf(label: string): string {
  return (
    foldForSearch(label)
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, '') || 'q'
  );
}

/** The export brought to XLSForm names: groups joined by "/", respondent columns named sex, age, area. */
export function normaliseExport(table: SurveyTable): { table: SurveyTable; shape: ExportShape } {
  const shape = exportShape(table.headers);
  if (shape === 'xml-names') return { table, shape };
  if (shape === 'odk-central') {
    // "-" joins groups in ODK Central's CSV; the names themselves use "_".
    const headers = table.headers.map((h) => (ODK_CENTRAL.includes(h) ? h : h.replace(/-/g, '/')));
    return { table: { ...table, headers }, shape };
  }
  // Kobo "with labels": a header may still carry its group's label before a "/".
  const taken = new Set<string>();
  const unique = (n: string) => {
    let out = n;
    for (let k = 2; taken.has(out); k++) out = `${n}_${k}`;
    taken.add(out);
    return out;
  };
  const role = (label: string): string | undefined => {
    const f = ` ${foldForSearch(label)} `;
    return SEX.test(f) ? 'sex' : AGE.test(f) ? 'age' : AREA.test(f) ? 'area' : undefined;
  };
  const roles = new Set<string>();
  const headers = table.headers.map((h) => {
    if (h.startsWith('_')) return unique(h);
    const label = h.split('/').pop()!.trim();
    const r = role(label);
    if (r && !roles.has(r)) {
      roles.add(r);
      return unique(r);
    }
    return unique(nameOf(label));
  });
  // Choice labels become choice names the same way («Eau potable» → eau_potable); the respondent's sex
  // keeps its label, which the sex values already know («Femme», «أنثى»).
  const keep = new Set(headers.map((h, i) => (['sex', 'age'].includes(h) || h.startsWith('_') ? i : -1)).filter((i) => i >= 0));
  // Free text (answers seen about once each) keeps its words, so it is not taken for a question.
  headers.forEach((_h, i) => {
    const values = table.rows.map((r) => (r.cells[i] ?? '').trim()).filter(Boolean);
    if (new Set(values).size * 1.25 > values.length) keep.add(i);
  });
  const rows = table.rows.map((r) => ({
    ...r,
    cells: r.cells.map((c, i) => (keep.has(i) || !c.trim() || /^-?\d+([.,]\d+)?$/.test(c.trim()) ? c : nameOf(c))),
  }));
  return { table: { ...table, headers, rows }, shape };
}
