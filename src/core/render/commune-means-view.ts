// What the commune has to work with: public facilities, its property, its staff, and its finances
// as ratios computed from the retrospective accounts of finance.yaml.
import type { Plan } from '../plan/workspace.js';
import { bi } from './bi.js';
import type { Bi } from './view-model.js';

/** The facilities, property, staff and financial ratios sections. */
export interface CommuneMeansView {
  facilities: { sector: string; name: Bi; count: number; condition: string | null; localities: Bi[] }[];
  property: { kind: string; name: Bi; count: number | null; areaM2: number | null; status: string | null }[];
  staff: {
    year: number;
    rows: { category: string; men: number; women: number; total: number }[];
    total: { men: number; women: number; total: number };
    womenShare: number;
  } | null;
  /** One column per retrospective year. */
  ratios: { years: number[]; rows: { key: string; kind: 'amount' | 'share'; values: (number | null)[] }[] } | null;
}

const STAFF_ORDER = ['executives', 'supervisors', 'agents', 'workers', 'contractual', 'other'];

/** Builds the commune's means from commune.yaml and finance.yaml. */
export function communeMeansView(plan: Plan): CommuneMeansView {
  const c = plan.commune?.data;
  const localities = new Map((c?.localities ?? []).map((l) => [l.id, bi(l.name)!]));
  const staff = c?.staff;
  const rows = staff
    ? [...staff.categories]
        .sort((a, b) => STAFF_ORDER.indexOf(a.category) - STAFF_ORDER.indexOf(b.category))
        .map((r) => ({ category: r.category, men: r.men, women: r.women, total: r.men + r.women }))
    : [];
  const total = rows.reduce((s, r) => ({ men: s.men + r.men, women: s.women + r.women, total: s.total + r.total }), { men: 0, women: 0, total: 0 });
  const retro = [...(plan.finance?.data.retrospective ?? [])].sort((a, b) => a.year - b.year);
  const population = c?.population.total ?? 0;
  const revenue = (r: (typeof retro)[number]) => r.own_revenue + (r.vat_share ?? 0) + (r.other_transfers ?? 0);
  const ratio = (f: (r: (typeof retro)[number]) => number) => retro.map((r) => (revenue(r) > 0 ? f(r) / revenue(r) : null));
  return {
    facilities: (c?.facilities ?? []).map((f) => ({
      sector: f.sector,
      name: bi(f.name)!,
      count: f.count,
      condition: f.condition ?? null,
      localities: (f.localities ?? []).map((id) => localities.get(id) ?? { ar: id, fr: id }),
    })),
    property: (c?.property ?? []).map((p) => ({
      kind: p.kind,
      name: bi(p.name)!,
      count: p.count ?? null,
      areaM2: p.area_m2 ?? null,
      status: p.status ?? null,
    })),
    staff: staff ? { year: staff.year, rows, total, womenShare: total.total ? total.women / total.total : 0 } : null,
    ratios: retro.length
      ? {
          years: retro.map((r) => r.year),
          rows: [
            { key: 'ratio.revenue', kind: 'amount', values: retro.map(revenue) },
            { key: 'ratio.autonomy', kind: 'share', values: ratio((r) => r.own_revenue) },
            { key: 'ratio.rigidity', kind: 'share', values: ratio((r) => r.operating_spend) },
            { key: 'ratio.debt', kind: 'share', values: ratio((r) => r.debt_service) },
            {
              key: 'ratio.savings',
              kind: 'share',
              values: retro.map((r) => (revenue(r) > 0 ? (r.surplus ?? revenue(r) - r.operating_spend - r.debt_service) / revenue(r) : null)),
            },
            { key: 'ratio.perCapita', kind: 'amount', values: retro.map((r) => (population > 0 ? Math.round(r.own_revenue / population) : null)) },
          ],
        }
      : null,
  };
}
