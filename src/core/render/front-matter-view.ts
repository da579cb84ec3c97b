// Front matter: the acronyms the document uses (built-in ones and the plan's own), and the lists of
// tables and figures, each pointing at the section that holds it (the PDF writes its page number).
import type { Plan } from '../plan/workspace.js';
import type { RenderKey } from '../../i18n/render.js';
import { bi } from './bi.js';
import type { Bi, TocEntry } from './view-model.js';

/** One acronym: a built-in one (meaning from the catalogue key) or the plan's own (meaning as text). */
export interface AcronymRow {
  short: string;
  key: string | null;
  text: Bi | null;
}

/** One entry of the list of tables or figures: a section's table, or the figures a section draws. */
export interface ListEntry {
  number: number;
  anchor: string;
  /** Catalogue keys of the title(s): one table, or the figures drawn at the same place. */
  keys: RenderKey[];
  text: Bi | null;
}

/** Acronyms every PAC document uses; the catalogue holds their meaning (`acr.<short>`). */
export const BUILTIN_ACRONYMS = ['IECAG', 'INDH', 'MAD', 'MDH', 'PAC', 'PDR', 'RGPH', 'TVA'];

/** The acronyms, sorted; the plan's own meaning wins over a built-in one. */
export function acronymsView(plan: Plan): AcronymRow[] {
  const out = new Map<string, AcronymRow>(BUILTIN_ACRONYMS.map((s) => [s, { short: s, key: `acr.${s}`, text: null }]));
  for (const a of plan.manifest?.data.acronyms ?? []) out.set(a.short, { short: a.short, key: null, text: bi(a.long) });
  return [...out.values()].sort((a, b) => a.short.localeCompare(b.short, 'fr'));
}

// Sections that hold a table, and the charts each section draws (by chart title key).
const TABLE_SECTIONS = new Set([
  'sec-timeline',
  'sec-consultations',
  'sec-method',
  'sec-identity',
  'sec-population',
  'sec-censuses',
  'sec-localities',
  'sec-facilities',
  'sec-property',
  'sec-staff',
  'sec-ratios',
  'sec-participationByType',
  'sec-surveys',
  'sec-swot',
  'sec-axes',
  'sec-matrix',
  'sec-ranked',
  'sec-portfolio',
  'sec-convergence',
  'sec-retrospective',
  'sec-projection',
  'sec-capacity',
  'sec-resources',
  'sec-financingPlan',
  'sec-programming',
  'sec-unfunded',
  'sec-indicatorMatrix',
  'sec-steering',
  'sec-reportingCalendar',
  'sec-communication',
  'sec-committeeReports',
  'sec-annexList',
]);

/**
 * Lists of tables and figures from the table of contents, in document order. `figures` maps a section
 * to the figures it draws: an anchor and the chart title keys found there (one line per anchor, since
 * the PDF writes one page number per anchor and page).
 */
export function listsView(toc: TocEntry[], figures: Record<string, { anchor: string; keys: RenderKey[] }[]>): { tables: ListEntry[]; figures: ListEntry[] } {
  const tables: ListEntry[] = [];
  const figs: ListEntry[] = [];
  for (const e of toc) {
    if (e.level !== 2) continue;
    if (TABLE_SECTIONS.has(e.id)) tables.push({ number: tables.length + 1, anchor: e.id, keys: e.key ? [e.key] : [], text: e.text });
    for (const f of figures[e.id] ?? []) if (f.keys.length) figs.push({ number: figs.length + 1, anchor: f.anchor, keys: f.keys, text: null });
  }
  return { tables, figures: figs };
}
