// The follow-up template a commune's technical service fills in: one row per project and year, with
// what the plan already knows (id, title, amount programmed that year, partners) and empty columns for
// what the service reports (status, progress, money committed and paid by each partner, dates, reason).
// Each header is the column's name in the user's language followed by its stable machine key in
// brackets, «Avancement (%) [progress]», so that one header row serves both people and the import.
import type { Lang } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/workspace.js';
import { lookup } from '../../i18n/catalog.js';
import { trackCatalog, tt } from '../../i18n/track.js';
import { statusLabel } from './statuses.js';

export type TemplateCell = string | number | null;

/** One column: its machine key and its header. */
export interface TemplateColumn {
  key: string;
  header: string;
  /** The template's own facts (read-only for the service): not read back by the import. */
  given?: boolean;
}

/** The template: columns and rows, ready for CSV or XLSX. */
export interface Template {
  columns: TemplateColumn[];
  rows: TemplateCell[][];
}

/** Columns the service fills in, besides the money by partner. */
export const FILLED_KEYS = ['status', 'progress', 'started_on', 'delivered_on', 'reason_ar', 'reason_fr', 'decision_number', 'decision_date'] as const;

/** The partners that finance at least one project, in finance.yaml's order. */
export function planPartners(plan: Plan): string[] {
  const used = new Set(plan.projects.flatMap((d) => d.data.financing.map((f) => f.partner)));
  const listed = (plan.finance?.data.partners ?? []).map((p) => p.id).filter((id) => used.has(id));
  return [...listed, ...[...used].filter((id) => !listed.includes(id)).sort()];
}

/** The machine keys of the template's columns, in order. */
export function templateKeys(partners: readonly string[]): string[] {
  return [
    'year',
    'project',
    'title',
    'programmed',
    'partners',
    'status',
    'progress',
    // Each partner's two amounts side by side, as a commitment register gives them.
    ...partners.flatMap((p) => [`committed.${p}`, `paid.${p}`]),
    'started_on',
    'delivered_on',
    'reason_ar',
    'reason_fr',
    'decision_number',
    'decision_date',
  ];
}

/** A column's header in a language: its name, then its key in brackets. */
export function headerOf(key: string, lang: Lang): string {
  const [base, partner] = key.split(/\.(.*)/s) as [string, string | undefined];
  const name =
    base === 'reason_ar' || base === 'reason_fr'
      ? `${tt('col.reason', lang)} (${base.endsWith('ar') ? (lang === 'ar' ? 'ع' : 'ar') : lang === 'ar' ? 'فر' : 'fr'})`
      : lookup(trackCatalog, `col.${base}`, lang, { partner: partner ?? '' });
  return `${name} [${key}]`;
}

/** The amount a project programmes in a year, all partners together. */
export const programmedIn = (p: Plan['projects'][number]['data'], year: number): number => p.financing.reduce((s, f) => s + (f.by_year[String(year)] ?? 0), 0);

/** The years a template covers: the one asked, else every year of the period up to today's. */
export function templateYears(plan: Plan, year: number | undefined, today: string): number[] {
  if (year !== undefined) return [year];
  const period = plan.manifest?.data.period;
  if (!period) return [];
  const last = Math.min(period.end_year, Math.max(period.start_year, Number(today.slice(0, 4))));
  const out: number[] = [];
  for (let y = period.start_year; y <= last; y++) out.push(y);
  return out;
}

/** Builds the template of `years` (pure): a row for each project programmed or already followed that year. */
export function followupTemplate(plan: Plan, years: readonly number[], lang: Lang): Template {
  const partners = planPartners(plan);
  const keys = templateKeys(partners);
  const columns = keys.map((key) => ({
    key,
    header: headerOf(key, lang),
    ...(['year', 'project'].includes(key) ? {} : FILLED_KEYS.includes(key as never) || /^(committed|paid)\./.test(key) ? {} : { given: true }),
  }));
  const rows: TemplateCell[][] = [];
  for (const year of years) {
    const followed = plan.followup.find((d) => d.data.year === year)?.data.projects ?? [];
    for (const { data: p } of plan.projects) {
      const entry = followed.find((e) => e.project === p.id);
      const programmed = programmedIn(p, year);
      const scheduled = p.schedule.start_year <= year && year <= p.schedule.end_year;
      if (!entry && programmed === 0 && !scheduled) continue;
      const own = p.financing.filter((f) => f.amount > 0).map((f) => f.partner);
      const value: Record<string, TemplateCell> = {
        year,
        project: p.id,
        title: lang === 'ar' ? p.title.ar : (p.title.fr ?? p.title.ar),
        programmed,
        partners: own.join(';'),
        status: entry ? statusLabel(entry.status, lang) : null,
        progress: entry?.progress ?? null,
        started_on: entry?.started_on ?? null,
        delivered_on: entry?.delivered_on ?? null,
        reason_ar: entry?.reason?.ar ?? null,
        reason_fr: entry?.reason?.fr ?? null,
        decision_number: entry?.decision?.number ?? null,
        decision_date: entry?.decision?.date ?? null,
      };
      for (const partner of partners) {
        value[`committed.${partner}`] = entry?.committed?.[partner] ?? null;
        value[`paid.${partner}`] = entry?.paid?.[partner] ?? null;
      }
      rows.push(keys.map((k) => value[k] ?? null));
    }
  }
  return { columns, rows };
}
