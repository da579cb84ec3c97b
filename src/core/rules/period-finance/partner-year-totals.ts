// Sums of project financing by partner and year, the basis of the budget-fit and commitment checks.
import type { Doc } from '../../plan/workspace.js';
import type { ProjectFile } from '../../plan/schema-types.js';

/** partner id → year (YYYY) → amount, over projects that are not cancelled (a cancelled project commits nothing). */
export function partnerYearTotals(projects: readonly Doc<ProjectFile>[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const { data } of projects) {
    if (data.status === 'cancelled') continue;
    for (const line of data.financing) {
      let years = out.get(line.partner);
      if (!years) out.set(line.partner, (years = new Map()));
      for (const [year, amount] of Object.entries(line.by_year)) years.set(year, (years.get(year) ?? 0) + (amount ?? 0));
    }
  }
  return out;
}
