// The view model: chapters, table of contents, and the financial tables computed from the plan.
import { describe, expect, it } from 'vitest';
import { buildViewModel } from '../../../src/core/render/build-view-model.js';
import { loadPlan, repo } from './load.js';
import path from 'node:path';

const opts = { mode: 'ar' as const, draft: false, generator: 'plan test' };

describe('buildViewModel', () => {
  it('covers the six plan years and every project, and its totals add up to the project financing', async () => {
    const plan = await loadPlan(path.join(repo, 'examples/oulmes'));
    const vm = buildViewModel(plan, opts);
    expect(vm.meta.years).toHaveLength(6);
    expect(vm.projects.sheets.map((s) => s.id)).toEqual(plan.projects.map((p) => p.data.id).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    // The example carries the programme plan select wrote: the finance chapter prints it.
    const programmed = plan.finance!.data.programme!.lines.reduce((s, l) => s + l.amount, 0);
    expect(vm.finance.source).toBe('programme');
    expect(vm.finance.total).toBe(programmed);
    expect(vm.finance.yearTotals.reduce((a, b) => a + b, 0)).toBe(programmed);
    expect(vm.finance.partners.reduce((a, p) => a + p.total, 0)).toBe(programmed);
    expect(vm.participation.totals.women + vm.participation.totals.men).toBe(vm.participation.totals.total);
    // The document says how the programme was established: proven optimal here, else the gap left.
    expect(vm.finance.proof).toEqual({ optimal: true, gap: 0 });
    plan.finance!.data.programme!.optimality_gap = 0.0125;
    expect(buildViewModel(plan, opts).finance.proof).toEqual({ optimal: false, gap: 0.0125 });
    // Without it, the chapter adds up the project sheets' financing.
    delete plan.finance!.data.programme;
    const fromSheets = buildViewModel(plan, opts);
    const financed = plan.projects.reduce(
      (s, p) => s + p.data.financing.reduce((a, f) => a + Object.values(f.by_year).reduce<number>((x, y) => x + (y ?? 0), 0), 0),
      0,
    );
    expect(fromSheets.finance.source).toBe('projects');
    expect(fromSheets.finance.proof).toBeNull();
    expect(fromSheets.finance.total).toBe(financed);
    expect(fromSheets.finance.yearTotals.reduce((a, b) => a + b, 0)).toBe(financed);
    expect(fromSheets.finance.partners.reduce((a, p) => a + p.total, 0)).toBe(financed);
  });

  it('uses the programme written by plan select when finance.yaml has one', async () => {
    const plan = await loadPlan();
    plan.finance!.data.programme = { lines: [{ project: 'P01', year: 2024, partner: 'REGION', amount: 123 }], unfunded: [] };
    const vm = buildViewModel(plan, opts);
    expect(vm.finance.source).toBe('programme');
    expect(vm.finance.total).toBe(123);
    expect(vm.finance.programming[0]!.years[2]).toBe(123);
  });

  it('orders priorities by rank when plan prioritize has ranked them, and says so', async () => {
    const plan = await loadPlan(path.join(repo, 'examples/khemisset'));
    const list = plan.priorities!.data.priorities;
    list.forEach((p, i) => ((p.rank = list.length - i), (p.weighted_score = i)));
    const vm = buildViewModel(plan, opts);
    expect(vm.vision.ranked).toBe(true);
    expect(vm.vision.matrix.map((r) => r.rank)).toEqual(list.map((_, i) => i + 1));
  });

  it('lists chapters and project sheets in the table of contents, the president only when there is a word', async () => {
    const plan = await loadPlan();
    const vm = buildViewModel(plan, opts);
    const chapters = vm.toc.filter((e) => e.level === 1).map((e) => e.id);
    // An Arabic-only document has no list of (Latin) acronyms; the French and bilingual ones do.
    expect(buildViewModel(plan, { ...opts, mode: 'fr' }).toc.some((e) => e.id === 'ch-acronyms')).toBe(true);
    expect(chapters).toEqual([
      'ch-summary',
      'ch-lists',
      'ch-framework',
      'ch-profile',
      'ch-participation',
      'ch-vision',
      'ch-projects',
      'ch-finance',
      'ch-monitoring',
      'ch-annexes',
    ]);
    expect(vm.toc.some((e) => e.id === 'project-P01')).toBe(true);
    plan.manifest!.data.president_word = { ar: 'كلمة', fr: 'Mot' };
    expect(buildViewModel(plan, opts).toc[0]!.id).toBe('ch-president');
  });

  it('is pure: the same plan gives the same model', async () => {
    const plan = await loadPlan();
    expect(JSON.stringify(buildViewModel(plan, opts))).toBe(JSON.stringify(buildViewModel(plan, opts)));
  });
});
