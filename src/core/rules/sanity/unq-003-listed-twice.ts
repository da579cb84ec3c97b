// PAC-UNQ-003: what a list names once is listed once: an age band of the census, a rank among the
// priorities, a year of the accounts or of the projection, a sector or territory in the share rules.
// A second entry would be added twice or silently win over the first (practice).
import type { DataPath, Lang } from '../../diagnostics/diagnostic.js';
import type { Doc } from '../../plan/workspace.js';
import { defineRule } from '../rule.js';

type What = 'band' | 'rank' | 'year' | 'sector' | 'territory';
const WHAT: Record<Lang, Record<What, string>> = {
  ar: { band: 'الفئة العمرية', rank: 'الرتبة', year: 'السنة', sector: 'القطاع', territory: 'المجال الترابي' },
  fr: { band: 'La tranche d’âge', rank: 'Le rang', year: 'L’année', sector: 'Le secteur', territory: 'Le territoire' },
  en: { band: 'Age band', rank: 'Rank', year: 'Year', sector: 'Sector', territory: 'Territory' },
};

/** The second entry of a repeated key, reported with the first's position. */
export default defineRule({
  code: 'PAC-UNQ-003',
  title: {
    ar: 'لا عنصر مكرر في القوائم',
    fr: 'Pas d’entrée en double dans les listes',
    en: 'No entry listed twice',
  },
  severity: 'error',
  phase: 1,
  needs: [],
  basis: 'practice',
  message: {
    ar: (a) => `${WHAT.ar[a.what as What]} ${a.found} مذكورة مرتين (انظر ${a.first})`,
    fr: (a) => `${WHAT.fr[a.what as What]} ${a.found} figure deux fois (voir ${a.first})`,
    en: (a) => `${WHAT.en[a.what as What]} ${a.found} is listed twice (see ${a.first})`,
  },
  check(plan, { report }) {
    const twice = <T>(doc: Doc<unknown> | undefined, list: readonly T[] | undefined, at: DataPath, field: string, what: What, key: (x: T) => unknown) => {
      if (!doc || !list) return;
      const seen = new Map<string, number>();
      list.forEach((x, i) => {
        const k = key(x);
        if (k === undefined || k === null) return;
        const s = String(k);
        const first = seen.get(s);
        if (first === undefined) seen.set(s, i);
        else report({ doc, path: [...at, i, field] }, { what, found: s, first: [...at, first].join('.') }, { expected: `≠ ${s}`, found: s });
      });
    };
    const ok = (k: 'commune' | 'priorities' | 'finance') => !plan.invalid.has(k);
    const c = ok('commune') ? plan.commune : undefined;
    twice(c, c?.data.population.age_bands, ['population', 'age_bands'], 'band', 'band', (b) => b.band);
    const pr = ok('priorities') ? plan.priorities : undefined;
    twice(pr, pr?.data.priorities, ['priorities'], 'rank', 'rank', (p) => p.rank);
    const f = ok('finance') ? plan.finance : undefined;
    twice(f, f?.data.retrospective, ['retrospective'], 'year', 'year', (r) => r.year);
    twice(f, f?.data.projection, ['projection'], 'year', 'year', (r) => r.year);
    twice(f, f?.data.selection?.sector_shares, ['selection', 'sector_shares'], 'sector', 'sector', (r) => r.sector);
    twice(f, f?.data.selection?.territory_shares, ['selection', 'territory_shares'], 'territory', 'territory', (r) => r.territory);
  },
});
