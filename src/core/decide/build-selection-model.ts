// Builds the selection model from a plan: candidates, capacities, commitments, bounds and requirements.
import type { DataPath } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/workspace.js';
import type { Group } from './groups.js';
import { projectValues } from './project-value.js';
import type { Candidate, SelectionModel, ShareBound } from './selection-model.js';

/** How years without a projection row are limited: the last known capacity, or not at all. */
export type CapacityRule = 'last' | 'none';

/** The choices a run of `plan select` makes (command-line flags, or a test's options). */
export interface SelectOptions {
  /** Keep every project in its planned years instead of letting it move as a block. */
  fixedYears?: boolean;
  /** Multiplies every capacity (what-if: 1.1 for +10 %). */
  capacityFactor?: number;
  capacityRule?: CapacityRule;
  require?: string[];
  exclude?: string[];
  bounds?: ShareBound[];
}

/** Where a group's data lives, for diagnostics with file:line:col (undefined: it came from a flag). */
export type Locate = (g: Group) => { file: string; path: DataPath } | undefined;

/** The model, and how to point back at the files for each group. */
export interface BuiltModel {
  model: SelectionModel;
  locate: Locate;
}

/**
 * Candidates: every project, sorted by id. Cancelled ones are kept out (so that a dependency on them is
 * visibly unmet). Required: a signed agreement, status ongoing or completed, or --require (--exclude wins).
 * Projects that are required by their sheet keep their planned years (their financing is already set);
 * the others may start in any year that keeps them inside the period, unless `fixedYears`.
 * Capacity: projection rows; later years take the last known capacity (rule `last`, the default) or
 * no limit (`none`). Partner commitments: undeclared years count as 0, as PAC-FIN-006 reads them.
 */
export function buildSelectionModel(plan: Plan, scores: ReadonlyMap<string, number>, opts: SelectOptions = {}): BuiltModel {
  const period = plan.manifest!.data.period;
  const years: number[] = [];
  for (let y = period.start_year; y <= period.end_year; y++) years.push(y);
  const fin = plan.finance!;
  const communePartners = fin.data.partners.filter((p) => p.type === 'commune').map((p) => p.id);
  const area = new Map((plan.commune?.data.localities ?? []).map((l) => [l.id, l.area]));
  const require = new Set(opts.require ?? []);
  const exclude = new Set(opts.exclude ?? []);
  const projects = [...plan.projects].sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
  const known = new Set(projects.map((p) => p.data.id));
  const live = projects.filter((p) => p.data.status !== 'cancelled').map((p) => p.data);
  const values = projectValues(live, scores);

  const candidates: Candidate[] = projects.map(({ data: p }) => {
    const yearsOf = p.financing.flatMap((f) => Object.keys(f.by_year).map(Number));
    const first = Math.min(p.schedule.start_year, ...yearsOf);
    const last = Math.max(p.schedule.end_year, ...yearsOf);
    const profile: Array<Record<string, number>> = [];
    for (let y = first; y <= last; y++) {
      const row: Record<string, number> = {};
      for (const f of p.financing) {
        const a = f.by_year[String(y)] ?? 0;
        if (a) row[f.partner] = (row[f.partner] ?? 0) + a;
      }
      profile.push(row);
    }
    const required = exclude.has(p.id)
      ? undefined
      : p.agreement
        ? ('agreement' as const)
        : p.status === 'ongoing' || p.status === 'completed'
          ? p.status
          : require.has(p.id)
            ? ('flag' as const)
            : undefined;
    const fixed = opts.fixedYears || (required !== undefined && required !== 'flag');
    const starts: number[] = [];
    if (fixed) starts.push(first);
    else for (let s = period.start_year; s + profile.length - 1 <= period.end_year; s++) starts.push(s);
    const locs = p.localities ?? [];
    const territory: Record<string, number> = {};
    for (const l of locs) {
      territory[l] = (territory[l] ?? 0) + 1 / locs.length;
      const a = area.get(l);
      if (a) territory[a] = (territory[a] ?? 0) + 1 / locs.length;
    }
    const forcedOut = p.status === 'cancelled' ? ('cancelled' as const) : exclude.has(p.id) ? ('flag' as const) : undefined;
    return {
      id: p.id,
      value: values.get(p.id) ?? 0,
      cost: p.estimated_cost,
      sector: p.sector,
      territory,
      plannedStart: first,
      profile,
      starts,
      ...(required && !forcedOut ? { required } : {}),
      ...(forcedOut ? { forcedOut } : {}),
      dependsOn: (p.depends_on ?? []).filter((d) => known.has(d) && d !== p.id),
      excludes: (p.excludes ?? []).filter((d) => known.has(d) && d !== p.id),
    };
  });

  const factor = opts.capacityFactor ?? 1;
  const rule = opts.capacityRule ?? 'last';
  const rows = fin.data.projection.map((r, i) => ({ year: r.year, cap: r.investment_capacity, i })).sort((a, b) => a.year - b.year);
  const capacity: Record<number, number> = {};
  const capRow = new Map<number, number>();
  for (const y of years) {
    const exact = rows.find((r) => r.year === y);
    const prior = rule === 'last' ? rows.filter((r) => r.year < y).pop() : undefined;
    const r = exact ?? prior;
    if (!r) continue;
    capacity[y] = Math.floor(r.cap * factor);
    capRow.set(y, r.i);
  }
  const partnerCaps: Record<string, Record<number, number>> = {};
  const partnerIdx = new Map<string, number>();
  fin.data.partners.forEach((p, i) => {
    partnerIdx.set(p.id, i);
    if (p.type === 'commune' || !p.commitments) return;
    const caps: Record<number, number> = {};
    for (const y of years) caps[y] = p.commitments[String(y)] ?? 0;
    partnerCaps[p.id] = caps;
  });

  const docOf = new Map(projects.map((d) => [d.data.id, d]));
  const locate: Locate = (g) => {
    switch (g.kind) {
      case 'required': {
        const d = docOf.get(g.project)!;
        const c = candidates.find((x) => x.id === g.project)!;
        if (c.required === 'flag') return undefined;
        return { file: d.file, path: [c.required === 'agreement' ? 'agreement' : 'status'] };
      }
      case 'capacity': {
        const i = capRow.get(g.year);
        return i === undefined ? undefined : { file: fin.file, path: ['projection', i, 'investment_capacity'] };
      }
      case 'partner': {
        const i = partnerIdx.get(g.partner)!;
        const has = fin.data.partners[i]!.commitments?.[String(g.year)] !== undefined;
        return { file: fin.file, path: has ? ['partners', i, 'commitments', String(g.year)] : ['partners', i, 'commitments'] };
      }
      case 'dependency': {
        const d = docOf.get(g.project)!;
        return { file: d.file, path: ['depends_on', (d.data.depends_on ?? []).indexOf(g.on)] };
      }
      case 'exclusion': {
        const d = docOf.get(g.a)!;
        const j = (d.data.excludes ?? []).indexOf(g.b);
        if (j >= 0) return { file: d.file, path: ['excludes', j] };
        const e = docOf.get(g.b)!;
        return { file: e.file, path: ['excludes', (e.data.excludes ?? []).indexOf(g.a)] };
      }
      case 'share': {
        // A bound written in finance.yaml `selection` (a bound given on the command line has no position).
        const list = g.bound === 'sector' ? fin.data.selection?.sector_shares : fin.data.selection?.territory_shares;
        const used = (opts.bounds ?? []).find((b) => b.kind === g.bound && b.key === g.key);
        const j = (list ?? []).findIndex(
          (x) => ('sector' in x ? x.sector : x.territory) === g.key && x.min === used?.min && x.max === used?.max && x[g.side] !== undefined,
        );
        return j >= 0 ? { file: fin.file, path: ['selection', `${g.bound}_shares`, j, g.side] } : undefined;
      }
    }
  };
  return { model: { years, communePartners, capacity, partnerCaps, candidates, bounds: opts.bounds ?? [] }, locate };
}
