// The executive summary: the plan on two pages, computed from the same figures as the chapters it
// sums up (the programme of the finance chapter, its partners and years), so that it cannot disagree.
import type { Plan } from '../plan/workspace.js';
import type { Bi, ProjectSheet, ViewModel } from './view-model.js';
import { axesOf } from './project-sheets.js';
import { communeShareByYear } from './capacity-view.js';

/** The executive summary's figures. */
export interface ExecutiveSummary {
  period: { start: number; end: number } | null;
  population: { census: number; total: number } | null;
  consultations: { events: number; participants: number; women: number };
  projects: { count: number; cost: number; unfunded: number };
  /** Programmed projects and their programmed cost, by axis (axes in file order, then projects outside them). */
  axes: { id: string | null; title: Bi | null; projects: number; cost: number; share: number }[];
  partners: { name: Bi; total: number; share: number }[];
  /** The first three plan years: all partners, the commune's part, and its projected capacity. */
  firstYears: { year: number; amount: number; commune: number; capacity: number | null }[];
  firstYearsTotal: number;
}

/** Builds the executive summary from the plan and the finance part already computed for the document. */
export function summaryView(plan: Plan, finance: ViewModel['finance'], sheets: ProjectSheet[], years: number[]): ExecutiveSummary {
  const c = plan.commune?.data;
  const m = plan.manifest?.data;
  const consultations = plan.consultations?.data.consultations ?? [];
  const axisOf = new Map(sheets.map((s) => [s.id, s.axis?.id ?? null]));
  const programmed = finance.programming;
  const axes: ExecutiveSummary['axes'] = [];
  const known = new Set<string>();
  const group = (id: string | null, title: Bi | null, rows: typeof programmed) => {
    if (!rows.length) return;
    const cost = rows.reduce((s, r) => s + r.total, 0);
    axes.push({ id, title, projects: rows.length, cost, share: finance.total ? cost / finance.total : 0 });
  };
  for (const a of axesOf(plan)) {
    known.add(a.id);
    group(
      a.id,
      a.title,
      programmed.filter((r) => axisOf.get(r.id) === a.id),
    );
  }
  group(
    null,
    null,
    programmed.filter((r) => {
      const a = axisOf.get(r.id);
      return !a || !known.has(a);
    }),
  );
  const share = communeShareByYear(plan);
  const capacity = new Map((plan.finance?.data.projection ?? []).map((r) => [r.year, r.investment_capacity]));
  const firstYears = years
    .slice(0, 3)
    .map((year, i) => ({ year, amount: finance.yearTotals[i] ?? 0, commune: share.get(year) ?? 0, capacity: capacity.get(year) ?? null }));
  return {
    period: m ? { start: m.period.start_year, end: m.period.end_year } : null,
    population: c ? { census: c.population.census, total: c.population.total } : null,
    consultations: {
      events: consultations.length,
      participants: consultations.reduce((s, x) => s + x.participants.total, 0),
      women: consultations.reduce((s, x) => s + x.participants.women, 0),
    },
    projects: { count: programmed.length, cost: finance.total, unfunded: finance.unfunded.length },
    axes,
    partners: finance.partners.map((p) => ({ name: p.name, total: p.total, share: p.share })),
    firstYears,
    firstYearsTotal: firstYears.reduce((s, y) => s + y.amount, 0),
  };
}
