// fast-check generator of small selection models: ≤ 8 projects over ≤ 3 years, random limits and links.
import fc from 'fast-check';
import type { Candidate, SelectionModel, ShareBound } from '../../../src/core/decide/selection-model.js';

const SECTORS = ['education', 'health', 'roads_transport'];

/** A random model with costs, capacities, partner commitments, dependencies, exclusions and share bounds. */
export const arbModel = (opts: { maxProjects?: number; required?: boolean } = {}): fc.Arbitrary<SelectionModel> =>
  fc
    .record({
      nYears: fc.integer({ min: 1, max: 3 }),
      projects: fc.array(
        fc.record({
          value: fc.integer({ min: 0, max: 5000 }),
          duration: fc.integer({ min: 1, max: 2 }),
          commune: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 2 }),
          partner: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 2 }),
          sector: fc.constantFrom(...SECTORS),
          rural: fc.boolean(),
          plannedOffset: fc.integer({ min: 0, max: 2 }),
          fixed: fc.boolean(),
          required: opts.required === false ? fc.constant(false) : fc.integer({ min: 0, max: 9 }).map((k) => k === 0),
          dep: fc.option(fc.integer({ min: 0, max: 7 }), { freq: 3 }),
          excl: fc.option(fc.integer({ min: 0, max: 7 }), { freq: 3 }),
        }),
        { minLength: 1, maxLength: opts.maxProjects ?? 8 },
      ),
      capacity: fc.array(fc.option(fc.integer({ min: 0, max: 25 }), { freq: 4 }), { minLength: 3, maxLength: 3 }),
      partnerCap: fc.option(fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 3, maxLength: 3 }), { freq: 2 }),
      bound: fc.option(
        fc.record({
          kind: fc.constantFrom<'sector' | 'territory'>('sector', 'territory'),
          key: fc.constantFrom('education', 'rural'),
          min: fc.option(fc.constantFrom(0.1, 0.25, 0.5)),
          max: fc.option(fc.constantFrom(0.5, 0.75)),
        }),
        { freq: 3 },
      ),
    })
    .map(({ nYears, projects, capacity, partnerCap, bound }) => {
      const years = Array.from({ length: nYears }, (_, i) => 2022 + i);
      const ids = projects.map((_, i) => `P${i + 1}`);
      const candidates: Candidate[] = projects.map((p, i) => {
        const duration = Math.min(p.duration, nYears);
        const profile = Array.from({ length: duration }, (_, k) => ({ COMMUNE: p.commune[k]! * 100_000, REGION: p.partner[k]! * 100_000 }));
        const planned = 2022 + Math.min(p.plannedOffset, nYears - duration);
        const starts = p.fixed ? [planned] : years.filter((s) => s + duration - 1 <= years[years.length - 1]!);
        const cost = profile.reduce((s, r) => s + r.COMMUNE + r.REGION, 0) || 100_000;
        const dep = p.dep !== null && p.dep < projects.length && p.dep !== i ? [ids[p.dep]!] : [];
        const excl = p.excl !== null && p.excl < projects.length && p.excl !== i ? [ids[p.excl]!] : [];
        return {
          id: ids[i]!,
          value: p.value / 100,
          cost,
          sector: p.sector,
          territory: { [p.rural ? 'rural' : 'urban']: 1 },
          plannedStart: planned,
          profile,
          starts,
          ...(p.required ? { required: 'flag' as const } : {}),
          dependsOn: dep,
          excludes: excl,
        };
      });
      const cap: Record<number, number> = {};
      years.forEach((y, k) => {
        const c = capacity[k];
        if (c !== null && c !== undefined) cap[y] = c * 100_000;
      });
      const partnerCaps: Record<string, Record<number, number>> = {};
      if (partnerCap) partnerCaps.REGION = Object.fromEntries(years.map((y, k) => [y, partnerCap[k]! * 100_000]));
      const bounds: ShareBound[] = [];
      if (bound)
        bounds.push({
          kind: bound.kind,
          key: bound.kind === 'sector' ? 'education' : 'rural',
          ...(bound.min !== null ? { min: bound.min } : {}),
          ...(bound.max !== null ? { max: bound.max } : {}),
        });
      return { years, communePartners: ['COMMUNE'], capacity: cap, partnerCaps, candidates, bounds };
    });
