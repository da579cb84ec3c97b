// The programming rules a plan keeps in finance.yaml `selection`: share bounds and the capacity rule,
// checked against the plan, each problem at its position (PAC-DEC-008).
import { closest } from 'fastest-levenshtein';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/workspace.js';
import { td } from '../../i18n/decide.js';
import type { CapacityRule } from './build-selection-model.js';
import type { ShareBound } from './selection-model.js';

/** The keys a territory share may name: rural, urban, or a locality of the commune. */
export const territoryKeys = (plan: Plan): string[] => ['rural', 'urban', ...(plan.commune?.data.localities ?? []).map((l) => l.id)];

/** The plan's share bounds and capacity rule, and what is wrong with them. */
export function planSelection(plan: Plan, lang: Lang): { bounds: ShareBound[]; capacityRule?: CapacityRule; diagnostics: Diagnostic[] } {
  const fin = plan.finance!;
  const sel = fin.data.selection;
  const diagnostics: Diagnostic[] = [];
  const bounds: ShareBound[] = [];
  const keys = territoryKeys(plan);
  const entries = [
    ...(sel?.sector_shares ?? []).map((x, j) => ({ kind: 'sector' as const, key: x.sector as string, j, min: x.min, max: x.max })),
    ...(sel?.territory_shares ?? []).map((x, j) => ({ kind: 'territory' as const, key: x.territory, j, min: x.min, max: x.max })),
  ];
  for (const { kind, key, j, min, max } of entries) {
    const at = ['selection', `${kind}_shares`, j];
    if (kind === 'territory' && !keys.includes(key)) {
      diagnostics.push({
        file: fin.file,
        path: [...at, kind],
        code: 'PAC-DEC-008',
        severity: 'error',
        message: td('sel.badTerritory', lang, { key, guess: closest(key, keys) }),
        expected: keys.join(', '),
        found: key,
      });
    } else if (min !== undefined && max !== undefined && min > max) {
      diagnostics.push({
        file: fin.file,
        path: [...at, 'min'],
        code: 'PAC-DEC-008',
        severity: 'error',
        message: td('sel.minAboveMax', lang, { key }),
        expected: `min ≤ ${max}`,
        found: String(min),
      });
    } else bounds.push({ kind, key, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
  }
  return { bounds, ...(sel?.capacity_beyond_projection ? { capacityRule: sel.capacity_beyond_projection } : {}), diagnostics };
}
