// Population across the censuses (1994, 2004, 2014, 2024 where given), its yearly growth, a trend
// chart, and the age pyramid of the reference census.
import type { Plan } from '../plan/workspace.js';
import type { RenderKey } from '../../i18n/render.js';
import type { Chart } from './view-model.js';

/** One census: its figures and the mean yearly growth since the previous one. */
export interface CensusRow {
  year: number;
  total: number;
  men: number | null;
  women: number | null;
  households: number | null;
  /** Mean yearly growth rate since the previous census (0.012 = 1.2 % a year), null for the first. */
  growth: number | null;
  source: string | null;
  invented: boolean;
}

/** The demography section. */
export interface DemographyView {
  censuses: CensusRow[];
  /** Columns of the population at each census; null with fewer than two censuses. */
  trend: Chart | null;
  /** Men and women by age band, youngest first; null when the plan has no age bands. */
  pyramid: { titleKey: RenderKey; bands: { band: string; men: number; women: number }[] } | null;
  invented: boolean;
}

/** Builds the demography section: history from commune.yaml `population_history`, plus the reference census. */
export function demographyView(plan: Plan): DemographyView {
  const c = plan.commune?.data;
  const byYear = new Map<number, Omit<CensusRow, 'growth'>>();
  for (const h of c?.population_history ?? [])
    byYear.set(h.year, {
      year: h.year,
      total: h.total,
      men: h.men ?? null,
      women: h.women ?? null,
      households: h.households ?? null,
      source: h.source ?? null,
      invented: h.invented ?? false,
    });
  // The reference census of commune.yaml is one of the points, and its figures win.
  if (c) {
    const prev = byYear.get(c.population.census);
    byYear.set(c.population.census, {
      year: c.population.census,
      total: c.population.total,
      men: c.population.men,
      women: c.population.women,
      households: c.population.households ?? null,
      source: prev?.source ?? null,
      invented: false,
    });
  }
  const sorted = [...byYear.values()].sort((a, b) => a.year - b.year);
  const censuses: CensusRow[] = sorted.map((r, i) => {
    const p = sorted[i - 1];
    return { ...r, growth: p && p.total > 0 && r.year > p.year ? Math.pow(r.total / p.total, 1 / (r.year - p.year)) - 1 : null };
  });
  const bands = [...(c?.population.age_bands ?? [])]
    .sort((a, b) => parseInt(a.band, 10) - parseInt(b.band, 10))
    .map((b) => ({ band: b.band, men: b.men, women: b.women }));
  return {
    censuses: censuses.length > 1 ? censuses : [],
    trend:
      censuses.length > 1
        ? {
            kind: 'columns',
            titleKey: 'chart.population',
            unit: 'count',
            items: censuses.map((r) => ({ label: { ar: String(r.year), fr: String(r.year) }, key: null, value: r.total })),
          }
        : null,
    pyramid: bands.length ? { titleKey: 'chart.pyramid', bands } : null,
    invented: censuses.some((r) => r.invented),
  };
}
