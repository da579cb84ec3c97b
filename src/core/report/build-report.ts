// Plan + follow-up → the view model of the annual execution report (plan report --year N). Pure: the same
// plan and options give the same model.
//
// Where each figure comes from:
// - programmed: the one programme every chapter of the plan prints (programme-view.ts: finance.yaml
//   `programme` when plan select wrote one, else the projects' financing `by_year`), for the year N and
//   for the years of the plan up to N (cumulated);
// - committed and paid: followup/<year>.yaml, each file holding the amounts of its own year (by project
//   and partner); the cumulated figures add up the files of the plan's years up to N;
// - a project's state: followup/N.yaml, else the last earlier file that has it; a project programmed to
//   start by N and absent from them is «not reported»; one programmed to start after N is «programmed later»;
// - late: programmed to start by N and not started (or not reported), or programmed to end by N and not
//   completed (a project the council deferred, `moved_to`, is judged on its new years), or under way
//   with a reason for its delay in followup/N.yaml;
// - indicators: the values measured in followup/N.yaml against indicators.yaml (baseline, target of N
//   or the next one).
import type { Plan } from '../plan/workspace.js';
import type { FollowupFile } from '../plan/schema-types.js';
import { bi, bis, pick } from '../render/bi.js';
import { axesOf } from '../render/project-sheets.js';
import { byId } from '../render/finance-view.js';
import { programmeView } from '../render/programme-view.js';
import { isolatePlain, stripBidi } from '../../i18n/format.js';
import { reportMessages } from '../../i18n/report.js';
import type { Bi, DocMode } from '../render/view-model.js';
import type { IndicatorLine, LateRow, Money, ProjectRow, ReportChart, ReportModel, ReportStatus, StoppedRow } from './report-model.js';

export interface ReportOptions {
  mode: DocMode;
  year: number;
  /** Asked for a draft (--draft). */
  draft: boolean;
  generator: string;
  /** The day the report is printed (YYYY-MM-DD): a council session recorded after it is not yet held. */
  today: string;
  logo?: string | null;
}

type FollowedProject = NonNullable<FollowupFile['projects']>[number];

/** The follow-up file of a year, or undefined. */
export const followupOf = (plan: Plan, year: number): FollowupFile | undefined => plan.followup.find((d) => d.data.year === year)?.data;

/** The states in the order the report lists them (the way a project goes, then the two the report adds). */
export const STATUS_ORDER: ReportStatus[] = ['done', 'works', 'tendering', 'studies', 'not_started', 'suspended', 'cancelled', 'not_reported', 'later'];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const money = (programmed: number, committed: number, paid: number): Money => ({
  programmed,
  committed,
  paid,
  paidRate: programmed > 0 ? paid / programmed : null,
  committedRate: programmed > 0 ? committed / programmed : null,
});
const addMoney = (a: Money, b: Money) => money(a.programmed + b.programmed, a.committed + b.committed, a.paid + b.paid);
const ZERO = money(0, 0, 0);
const amounts = (m: Record<string, number | undefined> | undefined) => Object.entries(m ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number');

/** Builds the report of year `opts.year`. The caller checks first that the plan is adopted and the year followed. */
export function buildReport(plan: Plan, opts: ReportOptions): ReportModel {
  const N = opts.year;
  const lang = opts.mode === 'fr' ? 'fr' : 'ar';
  const word = (key: keyof typeof reportMessages) => reportMessages[key][lang];
  const m = plan.manifest?.data;
  const c = plan.commune?.data;
  const fu = followupOf(plan, N);
  const commune: Bi = bi(c?.name) ?? { ar: '', fr: null };
  const period = m ? { start: m.period.start_year, end: m.period.end_year } : null;
  const firstYear = period?.start ?? N;
  const programme = programmeView(plan);
  const axes = axesOf(plan);
  const partnerNames = new Map((plan.finance?.data.partners ?? []).map((p) => [p.id, bi(p.name)!]));
  const projects = [...plan.projects].map((d) => d.data).sort((a, b) => byId(a.id, b.id));
  const numberOf = new Map(projects.map((p, i) => [p.id, i + 1]));
  const titleOf = (id: string): Bi => bi(projects.find((p) => p.id === id)?.title) ?? { ar: id, fr: id };
  const axisOf = new Map(projects.map((p) => [p.id, p.axis ?? null]));

  // Committed and paid, by year, project and partner: one record per follow-up file of the plan's years up to N.
  const paidLines: { year: number; project: string; partner: string; committed: number; paid: number }[] = [];
  for (const { data } of plan.followup) {
    if (data.year > N || data.year < firstYear) continue;
    for (const p of data.projects ?? []) {
      for (const [partner, amount] of amounts(p.committed)) paidLines.push({ year: data.year, project: p.project, partner, committed: amount, paid: 0 });
      for (const [partner, amount] of amounts(p.paid)) paidLines.push({ year: data.year, project: p.project, partner, committed: 0, paid: amount });
    }
  }
  const progLines = programme.lines.filter((l) => l.year >= firstYear && l.year <= N);
  const moneyOf = (keep: (l: { year: number; project: string; partner: string }) => boolean): Money =>
    money(
      sum(progLines.filter(keep).map((l) => l.amount)),
      sum(paidLines.filter(keep).map((l) => l.committed)),
      sum(paidLines.filter(keep).map((l) => l.paid)),
    );
  const inYear = (keep: (l: { project: string; partner: string }) => boolean) => (l: { year: number; project: string; partner: string }) =>
    l.year === N && keep(l);

  // Each project's state in year N.
  // A project absent from N's file keeps the state an earlier year's file last recorded (a project
  // completed in 2023 is still completed in 2024); money is only ever the year's own.
  const followed = new Map<string, FollowedProject>();
  for (const { data } of [...plan.followup].filter((d) => d.data.year <= N).sort((a, b) => a.data.year - b.data.year))
    for (const p of data.projects ?? [])
      followed.set(
        p.project,
        data.year === N ? p : { project: p.project, status: p.status, progress: p.progress, moved_to: p.moved_to, reason: p.reason, decision: p.decision },
      );
  const rows: ProjectRow[] = [];
  let later = 0;
  for (const p of projects) {
    const v = programme.projects.get(p.id);
    const f = followed.get(p.id);
    const moved = f?.moved_to;
    const start = moved?.start_year ?? v?.start ?? p.schedule.start_year;
    const end = moved?.end_year ?? v?.end ?? p.schedule.end_year;
    if (!f && !(v?.programmed ?? false)) continue;
    if (!f && start > N) {
      later++;
      continue;
    }
    rows.push({
      id: p.id,
      number: numberOf.get(p.id)!,
      title: titleOf(p.id),
      axis: axes.find((a) => a.id === p.axis)?.number ?? null,
      status: f?.status ?? 'not_reported',
      progress: typeof f?.progress === 'number' ? f.progress / 100 : null,
      start,
      end,
      money: moneyOf(inYear((l) => l.project === p.id)),
    });
  }
  const counts = STATUS_ORDER.map((status) => ({ status, count: status === 'later' ? later : rows.filter((r) => r.status === status).length })).filter(
    (x) => x.count > 0,
  );

  // Delays, and projects stopped, cancelled or deferred.
  const late: LateRow[] = [];
  const stopped: StoppedRow[] = [];
  for (const r of rows) {
    const f = followed.get(r.id);
    const reason = bi(f?.reason);
    if (f?.status === 'suspended' || f?.status === 'cancelled' || f?.moved_to) {
      stopped.push({
        number: r.number,
        title: r.title,
        kind: f.moved_to && f.status !== 'cancelled' && f.status !== 'suspended' ? 'moved' : f.status === 'cancelled' ? 'cancelled' : 'suspended',
        reason,
        decision: f.decision ? { number: f.decision.number, date: f.decision.date } : null,
        movedTo: f.moved_to ? { start: f.moved_to.start_year, end: f.moved_to.end_year } : null,
      });
      if (f.status === 'suspended' || f.status === 'cancelled') continue;
    }
    const notStarted = r.status === 'not_started' || r.status === 'not_reported';
    if (notStarted && r.start <= N) late.push({ number: r.number, title: r.title, status: r.status, kind: 'start', start: r.start, end: r.end, reason });
    else if (r.status !== 'done' && r.end <= N)
      late.push({ number: r.number, title: r.title, status: r.status, kind: 'finish', start: r.start, end: r.end, reason });
    // A delay the year's follow-up itself reports (a reason given for a project under way).
    else if (r.status !== 'done' && reason && fu?.projects?.some((x) => x.project === r.id && x.reason))
      late.push({ number: r.number, title: r.title, status: r.status, kind: 'reported', start: r.start, end: r.end, reason });
  }

  // Money by year, partner and axis.
  const years: number[] = [];
  for (let y = firstYear; y <= N; y++) years.push(y);
  const byYear = years.map((y) => ({ year: y, followed: !!followupOf(plan, y), ...moneyOf((l) => l.year === y) }));
  const yearMoney = moneyOf((l) => l.year === N);
  const cumulated = moneyOf(() => true);
  const partnerIds = [...new Set([...progLines.map((l) => l.partner), ...paidLines.map((l) => l.partner)])];
  const byPartner = partnerIds
    .map((id) => ({
      id,
      name: partnerNames.get(id) ?? { ar: id, fr: id },
      year: moneyOf(inYear((l) => l.partner === id)),
      cumulated: moneyOf((l) => l.partner === id),
    }))
    .filter((p) => p.cumulated.programmed || p.cumulated.committed || p.cumulated.paid)
    .sort((a, b) => b.year.programmed - a.year.programmed || b.cumulated.programmed - a.cumulated.programmed || byId(a.id, b.id));
  const axisIds: (string | null)[] = [...axes.map((a) => a.id), null];
  const byAxis = axisIds
    .map((id) => {
      const keep = (l: { project: string }) => (axisOf.get(l.project) ?? null) === id || (id === null && !axes.some((a) => a.id === axisOf.get(l.project)));
      const a = axes.find((x) => x.id === id);
      return { id, number: a?.number ?? null, title: a?.title ?? null, year: moneyOf(inYear(keep)), cumulated: moneyOf(keep) };
    })
    .filter((a) => a.cumulated.programmed || a.cumulated.committed || a.cumulated.paid);

  const indicators = indicatorLines(plan, fu, N, numberOf, titleOf);
  const review = fu?.review;
  const reviewed = !!review?.session_on && review.session_on <= opts.today;
  const planTitle = bi(m?.title);
  const kind = `${word('rep.kind')} — ${word('rep.year')} ${N}`;
  const title = stripBidi(`${kind} — ${pick(commune, lang)}`);
  const chart = (kind: ReportChart['kind'], titleKey: string, unit: ReportChart['unit'], items: ReportChart['items']): ReportChart => ({
    kind,
    titleKey,
    unit,
    seriesKeys: kind === 'groups' ? ['rep.col.programmed', 'rep.col.committed', 'rep.col.paid'] : [],
    items,
  });
  const triple = (x: Money) => [x.programmed, x.committed, x.paid];

  return {
    meta: {
      mode: opts.mode,
      lang,
      dir: lang === 'ar' ? 'rtl' : 'ltr',
      draft: opts.draft || !reviewed,
      example: m?.example === true,
      title,
      header: runningHeader(commune, kind, opts.mode, lang),
      author: stripBidi(m?.prepared_by ?? pick(commune, lang)),
      subject: word('rep.subject'),
      generator: opts.generator,
      year: N,
    },
    cover: {
      planTitle,
      commune,
      region: bi(c?.region),
      province: bi(c?.province),
      period,
      year: N,
      asOf: fu?.as_of ?? null,
      review: review ? { committeesOn: review.committees_on ?? null, sessionOn: review.session_on ?? null, decisionNo: review.decision_no ?? null } : null,
      logo: opts.logo ?? null,
    },
    summary: {
      followed: rows.length,
      done: rows.filter((r) => r.status === 'done').length,
      late: late.length,
      year: yearMoney,
      cumulated,
    },
    status: {
      counts,
      chart: chart(
        'bars',
        'rep.chart.status',
        'count',
        counts.filter((x) => x.status !== 'later').map((x) => ({ label: null, key: `rep.status.${x.status}`, values: [x.count] })),
      ),
      projects: rows,
      total: rows.reduce((a, r) => addMoney(a, r.money), ZERO),
    },
    money: {
      byYear,
      year: yearMoney,
      cumulated,
      byPartner,
      byAxis,
      chartYears: chart(
        'groups',
        'rep.chart.money',
        'mdh',
        byYear.map((y) => ({ label: { ar: String(y.year), fr: String(y.year) }, key: null, values: triple(y) })),
      ),
      chartPartners: chart(
        'groups',
        'rep.chart.partners',
        'mdh',
        byPartner.filter((p) => p.year.programmed || p.year.committed || p.year.paid).map((p) => ({ label: p.name, key: null, values: triple(p.year) })),
      ),
    },
    indicators: {
      rows: indicators,
      chart: chart(
        'bars',
        'rep.chart.indicators',
        'pct',
        indicators.filter((i) => i.achievement !== null).map((i) => ({ label: i.name, key: null, values: [i.achievement!] })),
      ),
    },
    delays: { late, stopped },
    proposals: bis(fu?.proposals),
  };
}

/** Indicators measured in year N, and those with a target for N: baseline, target, value, achievement. */
function indicatorLines(plan: Plan, fu: FollowupFile | undefined, N: number, numberOf: Map<string, number>, titleOf: (id: string) => Bi): IndicatorLine[] {
  const measured = new Map<string, NonNullable<FollowupFile['indicators']>[number]>();
  for (const x of fu?.indicators ?? []) measured.set(x.indicator, x);
  const out: IndicatorLine[] = [];
  for (const ind of plan.indicators?.data.indicators ?? []) {
    const targets = Object.entries(ind.targets ?? {})
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .map(([y, value]) => ({ year: Number(y), value }))
      .sort((a, b) => a.year - b.year);
    const mine = measured.get(ind.id);
    const dueNow = targets.some((t) => t.year === N);
    if (!mine && !dueNow) continue;
    const target = targets.find((t) => t.year === N) ?? targets.find((t) => t.year > N) ?? targets[targets.length - 1] ?? null;
    const baseline = ind.baseline ? { value: ind.baseline.value, year: ind.baseline.year } : null;
    const value = mine?.value ?? null;
    out.push({
      id: ind.id,
      name: bi(ind.name)!,
      unit: ind.unit ?? null,
      project: ind.project && numberOf.has(ind.project) ? { number: numberOf.get(ind.project)!, title: titleOf(ind.project) } : null,
      baseline,
      target,
      measured: value,
      measuredOn: mine?.measured_on ?? null,
      source: mine?.source ?? null,
      achievement: achievement(baseline?.value ?? 0, target?.value ?? null, value),
    });
  }
  return out.sort((a, b) => (a.project?.number ?? 1e9) - (b.project?.number ?? 1e9) || byId(a.id, b.id));
}

/** The way travelled from the baseline (0 without one) to the target; null without a target, a value, or a distance. */
export function achievement(baseline: number, target: number | null, value: number | null): number | null {
  if (target === null || value === null || target === baseline) return null;
  return Math.max(0, (value - baseline) / (target - baseline));
}

/** The running header, a CSS string: plan values stripped of bidi controls and isolated. */
function runningHeader(commune: Bi, kind: string, mode: DocMode, lang: 'ar' | 'fr'): string {
  const v = (s: string) => isolatePlain(stripBidi(s));
  const name = mode === 'ar+fr' && commune.fr ? `${v(commune.ar)} · ${v(commune.fr)}` : v(pick(commune, lang));
  return `${name} — ${v(kind)}`;
}

/** Why no report can be printed for `year`: the plan is not adopted, or the year has no follow-up file. */
export type Refusal = { reason: 'not_adopted' } | { reason: 'no_followup'; known: number[] };

/** The refusal for a plan and a year, or null when the report can be printed. `adopted`: the vote adopted the plan. */
export function reportRefusal(plan: Plan, year: number, adopted: boolean): Refusal | null {
  if (!plan.adoption?.data.session || !adopted) return { reason: 'not_adopted' };
  if (!followupOf(plan, year)) return { reason: 'no_followup', known: plan.followup.map((d) => d.data.year).sort((a, b) => a - b) };
  return null;
}
