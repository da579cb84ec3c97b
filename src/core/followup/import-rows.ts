// Reads a filled-in follow-up template back (pure): each row becomes a project's entry for its year,
// and each cell that cannot be read becomes a problem with its row, its column, what was expected and
// what was found. A cell left empty changes nothing (an entry already followed keeps its value).
import type { Lang } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/workspace.js';
import type { SurveyTable } from '../survey/survey-table.js';
import { tt } from '../../i18n/track.js';
import { compact } from '../wizard/edit-form.js';
import { parseArabic, parseDate, parseInteger, parseNumber, westernDigits } from '../wizard/parsers.js';
import { FOLLOWUP_STATUSES, parseStatusWord, statusLabel } from './statuses.js';
import { FILLED_KEYS } from './template.js';

/** A cell the import refuses: where it is and why, in the user's language. */
export interface RowProblem {
  row: number;
  /** Column number, 1 for the first. */
  col: number;
  column: string;
  expected: string;
  found: string;
}

/** A project's entry read from one row. */
export interface ImportedEntry {
  row: number;
  year: number;
  entry: Record<string, unknown>;
}

export interface ImportResult {
  entries: ImportedEntry[];
  /** Rows refused, by row number, with every problem found in them. */
  problems: RowProblem[];
  /** The template has no [project] column: not a follow-up template. */
  notTemplate?: boolean;
}

/** A header's machine key: the one in brackets at its end, else the header itself. */
export const keyOfHeader = (h: string): string => /\[([^\]]+)\]\s*$/.exec(h)?.[1]?.trim() ?? h.trim();

const amount = (raw: string): number | undefined => {
  // "800 000", "800000.00", "800.000,00" (French), in Western or Arabic-Indic digits.
  let s = westernDigits(raw).replace(/[\s\u00a0\u202f]/g, '');
  s = s.replace(/[.,]00?$/, '').replace(/[.,](?=\d{3}(\D|$))/g, '');
  const p = parseInteger(0)(s);
  return 'error' in p ? undefined : (p.value as number);
};

/** Reads the rows of a filled-in template. `year` keeps only that year's rows. */
export function importFollowupRows(table: SurveyTable, plan: Plan, opts: { year?: number; lang: Lang }): ImportResult {
  const { lang } = opts;
  const keys = table.headers.map(keyOfHeader);
  const col = new Map(keys.map((k, i) => [k, i]));
  if (!col.has('project')) return { entries: [], problems: [], notTemplate: true };
  const problems: RowProblem[] = [];
  const entries: ImportedEntry[] = [];
  const projects = new Map(plan.projects.map((d) => [d.data.id, d.data]));
  const partners = new Set((plan.finance?.data.partners ?? []).map((p) => p.id));
  const period = plan.manifest?.data.period;
  const seen = new Map<string, number>();
  const empty = tt('found.empty', lang);

  // A money column naming a partner the plan does not know is a problem of the header row.
  keys.forEach((k, i) => {
    const m = /^(committed|paid)\.(.+)$/.exec(k);
    if (m && !partners.has(m[2]!)) problems.push({ row: 1, col: i + 1, column: table.headers[i]!, expected: [...partners].join(', ') || '—', found: m[2]! });
  });

  for (const { row, cells } of table.rows) {
    const cell = (k: string): string => {
      const i = col.get(k);
      return i === undefined ? '' : String(cells[i] ?? '').trim();
    };
    const bad = (k: string, expected: string, found = cell(k)) =>
      problems.push({ row, col: (col.get(k) ?? 0) + 1, column: k, expected, found: found || empty });
    const filled = [...FILLED_KEYS, ...keys.filter((k) => /^(committed|paid)\./.test(k))].some((k) => cell(k) !== '');
    if (!filled) continue;
    // The year: the row's, else the one asked; a row of another year than the one asked is left out.
    const yearText = cell('year') || (opts.year !== undefined ? String(opts.year) : '');
    const y = parseInteger(2000, 2100)(yearText);
    const start = period?.start_year ?? 2000;
    const end = period?.end_year ?? 2100;
    if ('error' in y || (y.value as number) < start || (y.value as number) > end) {
      bad('year', tt('exp.year', lang, { start, end }), yearText);
      continue;
    }
    const year = y.value as number;
    if (opts.year !== undefined && year !== opts.year) continue;
    const id = cell('project');
    const project = projects.get(id);
    if (!project) {
      bad('project', tt('exp.project', lang));
      continue;
    }
    const where = `${year} ${id}`;
    if (seen.has(where)) {
      bad('project', tt('exp.once', lang, { first: seen.get(where)! }));
      continue;
    }
    seen.set(where, row);
    const before = problems.length;
    const followed = plan.followup.find((d) => d.data.year === year)?.data.projects?.some((e) => e.project === id);
    let status: string | undefined;
    if (cell('status')) {
      status = parseStatusWord(cell('status'));
      if (!status) bad('status', tt('exp.status', lang, { choices: FOLLOWUP_STATUSES.map((s) => `${s} / ${statusLabel(s, lang)}`).join(', ') }));
    } else if (!followed) bad('status', tt('exp.statusNeeded', lang));
    let progress: number | undefined;
    if (cell('progress')) {
      const p = parseNumber(cell('progress').replace(/\s*%$/, ''));
      if ('error' in p || (p.value as number) < 0 || (p.value as number) > 100) bad('progress', tt('exp.progress', lang));
      else progress = p.value as number;
    }
    const money = (what: 'committed' | 'paid'): Record<string, number> | undefined => {
      const out: Record<string, number> = {};
      for (const k of keys.filter((k) => k.startsWith(`${what}.`))) {
        if (!cell(k)) continue;
        const n = amount(cell(k));
        if (n === undefined) bad(k, tt('exp.amount', lang));
        else out[k.slice(what.length + 1)] = n;
      }
      return Object.keys(out).length ? out : undefined;
    };
    const committed = money('committed');
    const paid = money('paid');
    const date = (k: string): string | undefined => {
      if (!cell(k)) return undefined;
      const p = parseDate(cell(k));
      if ('error' in p) {
        bad(k, tt('exp.date', lang));
        return undefined;
      }
      return p.value as string;
    };
    const started_on = date('started_on');
    const delivered_on = date('delivered_on');
    const decision_date = date('decision_date');
    let reason: { ar: string; fr?: string } | undefined;
    if (cell('reason_ar') || cell('reason_fr')) {
      const ar = parseArabic(cell('reason_ar'));
      if ('error' in ar) bad('reason_ar', tt('q.track.reason_ar', lang));
      else reason = compact({ ar: ar.value as string, fr: cell('reason_fr') || undefined }) as { ar: string; fr?: string };
    }
    const number = cell('decision_number') || undefined;
    if (problems.length > before) continue;
    const decision = number || decision_date ? compact({ number, date: decision_date }) : undefined;
    entries.push({
      row,
      year,
      entry: compact({ project: id, status, progress, committed, paid, started_on, delivered_on, reason, decision }),
    });
  }
  return { entries, problems };
}
