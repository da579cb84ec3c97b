// The changes of a PlanDiff said in words, section by section: the one place that words them, for
// `plan diff` (text) and for the annex of the printed plan.
import type { Lang } from '../diagnostics/diagnostic.js';
import type { Text } from '../plan/schema-types.js';
import { formatAmount, formatNumber } from '../../i18n/format.js';
import { tu } from '../../i18n/update.js';
import { renderStrings } from '../../i18n/render.js';
import { lookup } from '../../i18n/catalog.js';
import type { Change, IndicatorChange, ListDiff, Named, PlanDiff, ProjectChange } from './plan-diff.js';

/** One entry of a section: its id, title and, for a changed entry, one line per change. */
export interface DiffItem {
  mark: 'added' | 'removed' | 'changed';
  id: string;
  title: string;
  details: string[];
}

/** A section of the diff: `projects.added`, `indicators.changed`… with its heading. */
export interface DiffSection {
  key: string;
  heading: string;
  items: DiffItem[];
}

/** An entry's title in `lang` (French falls back on Arabic, English on French then Arabic). */
export const titleIn = (t: Text, lang: Lang): string => (lang === 'ar' ? t.ar : (t.fr ?? t.ar));

const arrow = <T>(c: Change<T>, show: (v: T) => string, lang: Lang) => ({
  before: c.before === null ? tu('c.none', lang) : show(c.before),
  after: c.after === null ? tu('c.none', lang) : show(c.after),
});

/** How a partner is named: its id by default (the CLI), its name in the printed annex. */
export type PartnerName = (id: string, lang: Lang) => string;
const byIdOnly: PartnerName = (id) => id;

function projectDetails(c: ProjectChange, lang: Lang, partner: PartnerName): string[] {
  const out: string[] = [];
  const amount = (n: number) => formatAmount(n, lang);
  if (c.title_changed) out.push(tu('c.title', lang));
  if (c.schedule)
    out.push(
      tu(
        'c.schedule',
        lang,
        arrow(c.schedule, (s) => (s.start_year === s.end_year ? `${s.start_year}` : tu('c.years', lang, { start: s.start_year, end: s.end_year })), lang),
      ),
    );
  if (c.estimated_cost) out.push(tu('c.cost', lang, arrow(c.estimated_cost, amount, lang)));
  for (const f of c.financing ?? []) out.push(tu('c.financing', lang, { partner: partner(f.partner, lang), ...arrow(f, amount, lang) }));
  if (c.axis) out.push(tu('c.axis', lang, arrow(c.axis, String, lang)));
  if (c.status)
    out.push(
      tu(
        'c.status',
        lang,
        arrow(c.status, (s) => lookup(renderStrings, `status.${s}`, lang), lang),
      ),
    );
  return out;
}

function indicatorDetails(c: IndicatorChange, lang: Lang): string[] {
  const out: string[] = [];
  const num = (n: number) => formatNumber(n, lang);
  if (c.baseline)
    out.push(
      tu(
        'c.baseline',
        lang,
        arrow(c.baseline, (b) => tu('c.baselineValue', lang, { value: num(b.value), year: b.year }), lang),
      ),
    );
  for (const t of c.targets ?? []) out.push(tu('c.target', lang, { year: t.year, ...arrow(t, num, lang) }));
  if (c.unit) out.push(tu('c.unit', lang, arrow(c.unit, String, lang)));
  return out;
}

function priorityDetails(c: PlanDiff['priorities']['changed'][number], lang: Lang): string[] {
  const out: string[] = [];
  if (c.need_changed) out.push(tu('c.need', lang));
  if (c.rank)
    out.push(
      tu(
        'c.rank',
        lang,
        arrow(c.rank, (n) => formatNumber(n, lang), lang),
      ),
    );
  if (c.axis) out.push(tu('c.axis', lang, arrow(c.axis, String, lang)));
  return out;
}

function sections<C extends Named>(
  name: 'projects' | 'indicators' | 'axes' | 'priorities',
  list: ListDiff<C>,
  details: (c: C) => string[],
  lang: Lang,
): DiffSection[] {
  const item = (mark: DiffItem['mark'], n: Named, d: string[] = []): DiffItem => ({ mark, id: n.id, title: titleIn(n.title, lang), details: d });
  return [
    { key: `${name}.added`, heading: tu(`sec.${name}.added`, lang), items: list.added.map((n) => item('added', n)) },
    { key: `${name}.removed`, heading: tu(`sec.${name}.removed`, lang), items: list.removed.map((n) => item('removed', n)) },
    { key: `${name}.changed`, heading: tu(`sec.${name}.changed`, lang), items: list.changed.map((c) => item('changed', c, details(c))) },
  ].filter((s) => s.items.length);
}

/** The non-empty sections of the diff, in a fixed order: projects, indicators, axes, priorities. */
export function diffSections(d: PlanDiff, lang: Lang, partner: PartnerName = byIdOnly): DiffSection[] {
  return [
    ...sections('projects', d.projects, (c) => projectDetails(c, lang, partner), lang),
    ...sections('indicators', d.indicators, (c) => indicatorDetails(c, lang), lang),
    ...sections('axes', d.axes, () => [tu('c.axisText', lang)], lang),
    ...sections('priorities', d.priorities, (c) => priorityDetails(c, lang), lang),
  ];
}

/** The line on the projects' total cost, or undefined when it did not change. */
export function totalCostLine(d: PlanDiff, lang: Lang): string | undefined {
  if (d.total_cost.before === d.total_cost.after) return undefined;
  return tu(
    'c.total',
    lang,
    arrow(d.total_cost, (n) => formatAmount(n, lang), lang),
  );
}

/** `plan diff` as text: a heading, then each section with its entries (+ added, - removed, ~ changed). */
export function diffText(d: PlanDiff, heading: string, lang: Lang): string {
  const secs = diffSections(d, lang);
  const lines = [heading, ''];
  if (!secs.length) lines.push(tu('d.none', lang));
  const sign = { added: '+', removed: '-', changed: '~' } as const;
  for (const s of secs) {
    lines.push(`${s.heading} (${formatNumber(s.items.length, lang)})`);
    for (const i of s.items) {
      lines.push(`  ${sign[i.mark]} ${i.id}  ${i.title}`);
      for (const l of i.details) lines.push(`      ${l}`);
    }
    lines.push('');
  }
  const total = totalCostLine(d, lang);
  if (total) lines.push(total, '');
  return lines.join('\n').replace(/\n*$/, '\n');
}
