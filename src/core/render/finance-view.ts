// The financial chapter: programming lines (from the one programme view, programme-view.ts), the
// financing plan project × partner × year and the six-year table.
import type { Plan } from '../plan/workspace.js';
import type { RenderKey } from '../../i18n/render.js';
import { programmeView, type ProgrammeLine, type ProgrammeView } from './programme-view.js';
import type { ProjectFile, Sector } from '../plan/schema-types.js';
import { bi } from './bi.js';
import type { Bi, Chart, ViewModel } from './view-model.js';

export type { ProgrammeLine };

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Builds the finance part of the view model. `years` are the plan's six years. */
export function financeView(plan: Plan, years: number[], view: ProgrammeView = programmeView(plan)): ViewModel['finance'] {
  const { source, lines } = view;
  const projects = new Map(plan.projects.map((d) => [d.data.id, d.data]));
  const partnerDefs = plan.finance?.data.partners ?? [];
  const partnerName = (id: string): Bi => bi(partnerDefs.find((p) => p.id === id)?.name) ?? { ar: id, fr: id };
  const title = (id: string): Bi => titleOf(projects.get(id)) ?? { ar: id, fr: id };
  const yearCells = (ls: ProgrammeLine[]) => years.map((y) => nullIfZero(sum(ls.filter((l) => l.year === y).map((l) => l.amount))));

  const projectIds = [...new Set(lines.map((l) => l.project))].sort(byId);
  const financingPlan = projectIds.map((id) => {
    const mine = lines.filter((l) => l.project === id);
    const partners = [...new Set(mine.map((l) => l.partner))];
    return {
      id,
      number: null as number | null,
      title: title(id),
      rows: partners.map((partner) => {
        const ls = mine.filter((l) => l.partner === partner);
        return { partner: partnerName(partner), years: yearCells(ls), total: sum(ls.map((l) => l.amount)) };
      }),
      years: yearCells(mine),
      total: sum(mine.map((l) => l.amount)),
    };
  });
  const total = view.total;
  const partnerIds = [...new Set([...partnerDefs.map((p) => p.id), ...lines.map((l) => l.partner)])];
  const partners = partnerIds
    .map((id) => {
      const t = sum(lines.filter((l) => l.partner === id).map((l) => l.amount));
      return { id, name: partnerName(id), type: partnerDefs.find((p) => p.id === id)?.type ?? 'other', total: t, share: total ? t / total : 0 };
    })
    .filter((p) => p.total > 0)
    .sort((a, b) => b.total - a.total || byId(a.id, b.id));

  const bySector = new Map<Sector, number>();
  for (const l of lines) {
    const s = projects.get(l.project)?.sector;
    if (s) bySector.set(s, (bySector.get(s) ?? 0) + l.amount);
  }
  const chart = (kind: Chart['kind'], titleKey: RenderKey, items: Chart['items']): Chart => ({ kind, titleKey, unit: 'mdh', items });
  const unfunded = plan.finance?.data.programme?.unfunded ?? [];
  return {
    source,
    charts: {
      bySector: chart(
        'bars',
        'chart.bySector',
        [...bySector].sort((a, b) => b[1] - a[1]).map(([s, v]) => ({ label: null, key: `sector.${s}`, value: v })),
      ),
      byYear: chart(
        'columns',
        'chart.byYear',
        years.map((y) => ({ label: { ar: String(y), fr: String(y) }, key: null, value: sum(lines.filter((l) => l.year === y).map((l) => l.amount)) })),
      ),
      byPartner: chart(
        'bars',
        'chart.byPartner',
        partners.map((p) => ({ label: p.name, key: null, value: p.total })),
      ),
    },
    retrospective: (plan.finance?.data.retrospective ?? []).map((r) => ({
      year: r.year,
      ownRevenue: r.own_revenue,
      vatShare: r.vat_share ?? null,
      otherTransfers: r.other_transfers ?? null,
      operating: r.operating_spend,
      debt: r.debt_service,
      surplus: r.surplus ?? null,
    })),
    projection: (plan.finance?.data.projection ?? []).map((r) => ({
      year: r.year,
      ownResources: r.own_resources,
      transfers: r.transfers,
      operating: r.operating_spend,
      debt: r.debt_service,
      capacity: r.investment_capacity,
    })),
    plan: financingPlan,
    programming: financingPlan.map((p) => ({ id: p.id, number: p.number, title: p.title, years: p.years, total: p.total })),
    yearTotals: years.map((y) => sum(lines.filter((l) => l.year === y).map((l) => l.amount))),
    total,
    partners: partners.map(({ name, type, total: t, share }) => ({ name, type, total: t, share })),
    unfunded: unfunded.map((u) => ({ id: u.project, number: null, title: titleOf(projects.get(u.project)), reason: bi(u.reason)! })),
    proof: source === 'programme' ? proofOf(plan.finance?.data.programme?.optimality_gap) : null,
  };
}

const proofOf = (gap: number | undefined) => ({ optimal: gap === undefined, gap: gap ?? 0 });

/** A project's title, or null for an unknown project. */
export function titleOf(p: ProjectFile | undefined): Bi | null {
  return p ? bi(p.title) : null;
}

const nullIfZero = (n: number) => (n === 0 ? null : n);

/** Orders ids so that P2 comes before P10. */
export const byId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
