// A firm's or a ministry's view of many plans: one line per workspace (commune, phase, next deadline,
// errors and warnings, programme cost), for people (aligned text) and machines (JSON, CSV). Pure: the
// caller checks each workspace and gives its status report and plan.
import type { Lang } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/workspace.js';
import { programmeView } from '../render/programme-view.js';
import type { CalendarEntry, StatusReport } from './status-report.js';

/** One workspace of the portfolio. */
export interface PortfolioLine {
  workspace: string;
  commune: string | null;
  commune_name: { ar?: string; fr?: string } | null;
  /** 1-5: the phase in progress; 6: the procedure is over. */
  phase: StatusReport['current'];
  next_deadline: { id: CalendarEntry['id']; date: string; days_left: number } | null;
  errors: number;
  warnings: number;
  /** The programme's total, as the document prints it (MAD). */
  programme_cost: number;
}

/**
 * The next deadline: the earliest date of the calendar whose act is not recorded yet (or recorded for
 * a day after today), overdue ones first since they come first.
 */
export function nextDeadline(calendar: readonly CalendarEntry[]): CalendarEntry | undefined {
  return calendar.filter((c) => !c.recorded || c.future).sort((a, b) => a.date.localeCompare(b.date))[0];
}

/** The portfolio line of one checked workspace. */
export function portfolioLine(workspace: string, report: StatusReport, plan: Plan): PortfolioLine {
  const next = nextDeadline(report.calendar);
  const name = plan.commune?.data.name;
  return {
    workspace,
    commune: plan.commune?.data.id ?? null,
    commune_name: name ? { ...(name.ar ? { ar: name.ar } : {}), ...(name.fr ? { fr: name.fr } : {}) } : null,
    phase: report.current,
    next_deadline: next ? { id: next.id, date: next.date, days_left: next.days_left } : null,
    errors: report.counts.error,
    warnings: report.counts.warning,
    programme_cost: programmeView(plan).total,
  };
}

export const PORTFOLIO_CSV_COLUMNS = [
  'workspace',
  'commune',
  'commune_name_ar',
  'commune_name_fr',
  'phase',
  'next_deadline',
  'next_deadline_date',
  'days_left',
  'errors',
  'warnings',
  'programme_cost',
] as const;

const csvCell = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The portfolio as CSV (RFC 4180, UTF-8, machine names as header). */
export function portfolioCsv(lines: readonly PortfolioLine[]): string {
  const rows = lines.map((l) => [
    l.workspace,
    l.commune,
    l.commune_name?.ar,
    l.commune_name?.fr,
    l.phase,
    l.next_deadline?.id,
    l.next_deadline?.date,
    l.next_deadline?.days_left,
    l.errors,
    l.warnings,
    l.programme_cost,
  ]);
  return [[...PORTFOLIO_CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface PortfolioWords {
  lang: Lang;
  /** Portfolio catalogue (src/i18n/portfolio.ts). */
  words: (key: string, args?: Record<string, string | number>) => string;
  /** Phase names (src/i18n/status.ts `phase.N`). */
  phaseName: (n: number) => string;
}

/** The portfolio as aligned text: a header, one line per workspace, a summary line. */
export function portfolioText(lines: readonly PortfolioLine[], { lang, words, phaseName }: PortfolioWords): string {
  const nf = new Intl.NumberFormat(lang === 'ar' ? 'ar-MA-u-nu-latn' : lang === 'fr' ? 'fr-MA' : 'en');
  const head = ['p.workspace', 'p.commune', 'p.phase', 'p.next', 'p.errors', 'p.warnings', 'p.cost'].map((k) => words(k));
  const body = lines.map((l) => {
    const d = l.next_deadline;
    const when = d
      ? `${d.date} ${words(`dl.${d.id}`)} (${d.days_left < 0 ? words('p.late', { n: -d.days_left }) : words('p.days', { n: d.days_left })})`
      : words('p.none');
    const name = (lang === 'ar' ? l.commune_name?.ar : l.commune_name?.fr) ?? l.commune_name?.ar ?? l.commune ?? words('p.none');
    return [
      l.workspace,
      name,
      l.phase === 6 ? `6 ${words('p.done')}` : `${l.phase} ${phaseName(l.phase)}`,
      when,
      String(l.errors),
      String(l.warnings),
      nf.format(l.programme_cost),
    ];
  });
  const width = head.map((h, i) => Math.max([...h].length, ...body.map((r) => [...r[i]!].length)));
  // Numbers are right-aligned (the last three columns), words left-aligned.
  const line = (r: string[]) =>
    r
      .map((c, i) => (i >= 4 ? c.padStart(width[i]!) : i === r.length - 1 ? c : c.padEnd(width[i]!)))
      .join('  ')
      .trimEnd();
  const total = lines.reduce((s, l) => s + l.programme_cost, 0);
  return [line(head), ...body.map(line), '', words('p.summary', { n: lines.length, total: nf.format(total) })].join('\n') + '\n';
}
