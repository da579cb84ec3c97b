// The commune's share of the programme, year by year, against the investment capacity finance.yaml
// projects (LO 113-14 art. 78: resources and expenditure of the first three years), and the projected
// resources by category (finance.yaml `resources`).
import type { Plan } from '../plan/workspace.js';
import { programmeView, type ProgrammeView } from './programme-view.js';

/** One plan year: what the commune brings to the programmed projects, and what it can invest. */
export interface CapacityRow {
  year: number;
  commune: number;
  capacity: number | null;
  /** Capacity left after the commune's share (negative when the share exceeds it). */
  margin: number | null;
  /** Share of the capacity the commune's part takes (0..1, above 1 when it exceeds it). */
  used: number | null;
}

/** The capacity section: one row per plan year, and the resources table. */
export interface CapacityView {
  rows: CapacityRow[];
  /** Resource categories present in the projection, in catalogue order. */
  categories: string[];
  resources: { year: number; amounts: (number | null)[]; total: number }[];
}

const CATEGORIES = ['own_taxes', 'fees', 'property_income', 'vat_share', 'ir_is_share', 'other_transfers', 'loans', 'other'];

/** Σ of the programme's amounts from commune-type partners, by year (the lines the finance chapter prints). */
export function communeShareByYear(plan: Plan, view: ProgrammeView = programmeView(plan)): Map<number, number> {
  const communes = new Set((plan.finance?.data.partners ?? []).filter((p) => p.type === 'commune').map((p) => p.id));
  const out = new Map<number, number>();
  for (const l of view.lines) if (communes.has(l.partner)) out.set(l.year, (out.get(l.year) ?? 0) + l.amount);
  return out;
}

/** Builds the capacity section over the plan's years. */
export function capacityView(plan: Plan, years: number[]): CapacityView {
  const share = communeShareByYear(plan);
  const projection = plan.finance?.data.projection ?? [];
  const capacity = new Map(projection.map((r) => [r.year, r.investment_capacity]));
  const rows = years.map((year) => {
    const commune = share.get(year) ?? 0;
    const cap = capacity.get(year) ?? null;
    return { year, commune, capacity: cap, margin: cap === null ? null : cap - commune, used: cap ? commune / cap : null };
  });
  const lines = plan.finance?.data.resources ?? [];
  const present = new Set<string>(lines.map((x) => x.category));
  const categories = CATEGORIES.filter((c) => present.has(c));
  const resources = [...new Set(lines.map((x) => x.year))]
    .sort((a, b) => a - b)
    .map((year) => {
      const amounts = categories.map((c) => {
        const xs = lines.filter((x) => x.year === year && x.category === c);
        return xs.length ? xs.reduce((s, x) => s + x.amount, 0) : null;
      });
      return { year, amounts, total: amounts.reduce<number>((s, a) => s + (a ?? 0), 0) };
    });
  return { rows, categories, resources };
}
