// One programme for every chapter: the portfolio, the project sheets and the finance tables print the
// same figures, taken from finance.yaml `programme` when plan select wrote one.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildViewModel } from '../../../src/core/render/build-view-model.js';
import { programmeView } from '../../../src/core/render/programme-view.js';
import { htmlOf, loadPlan, repo } from './load.js';

const opts = { mode: 'fr' as const, draft: false, generator: 'plan test' };

// Digits only, so that the check does not depend on the thousands separator of the language.
const digits = (s: string) => s.replace(/(\d)[.,\s\u00a0\u202f](?=\d{3}\b)/g, '$1');

describe('the programme view', () => {
  it('Oulmès: the portfolio total, the sheets and every finance table give one total; P07 is unfunded everywhere', async () => {
    const plan = await loadPlan(path.join(repo, 'examples/oulmes'));
    const vm = buildViewModel(plan, opts);
    const programmed = plan.finance!.data.programme!.lines.reduce((s, l) => s + l.amount, 0);
    const everyProject = plan.projects.reduce((s, p) => s + p.data.estimated_cost, 0);
    expect(programmed).not.toBe(everyProject); // the example leaves a project out
    expect(vm.projects.total).toBe(programmed);
    expect(vm.projects.byAxis.reduce((s, g) => s + g.total, 0)).toBe(programmed);
    expect(vm.projects.byAxis.flatMap((g) => g.projects).reduce((s, p) => s + p.cost, 0)).toBe(programmed);
    expect(vm.projects.sheets.filter((s) => s.programmed).reduce((s, p) => s + p.cost, 0)).toBe(programmed);
    expect(vm.finance.total).toBe(programmed);
    expect(vm.finance.plan.reduce((s, p) => s + p.total, 0)).toBe(programmed);
    expect(vm.finance.programming.reduce((s, p) => s + p.total, 0)).toBe(programmed);
    expect(vm.finance.charts.byYear.items.reduce((s, i) => s + i.value, 0)).toBe(programmed);
    const unfunded = vm.finance.unfunded.map((u) => u.id);
    expect(unfunded).toContain('P07');
    expect(vm.projects.sheets.find((s) => s.id === 'P07')).toMatchObject({ status: 'unfunded', programmed: false });
    expect(vm.projects.byAxis.flatMap((g) => g.projects).map((p) => p.id)).not.toContain('P07');
  });

  it('prints the same total in the projects chapter and the finance chapter, never the sum of every sheet', async () => {
    const plan = await loadPlan(path.join(repo, 'examples/oulmes'));
    const html = digits(htmlOf(plan, { mode: 'fr' }));
    const total = String(plan.finance!.data.programme!.lines.reduce((s, l) => s + l.amount, 0));
    const everyProject = String(plan.projects.reduce((s, p) => s + p.data.estimated_cost, 0));
    const projects = html.slice(html.indexOf('id="ch-projects"'), html.indexOf('id="ch-finance"'));
    const finance = html.slice(html.indexOf('id="ch-finance"'));
    expect(projects).toContain(total);
    expect(finance).toContain(total);
    expect(html).not.toContain(everyProject);
  });

  it('a project moved by plan select shows its programmed years and amounts on its own sheet', async () => {
    const plan = await loadPlan();
    const p = plan.projects[0]!.data;
    expect([p.schedule.start_year, p.schedule.end_year]).toEqual([2022, 2023]);
    plan.finance!.data.programme = {
      generated_by: 'test',
      objective: 1,
      lines: [
        { project: 'P01', year: 2024, partner: 'COMMUNE', amount: 400000 },
        { project: 'P01', year: 2025, partner: 'REGION', amount: 600000 },
      ],
      unfunded: [],
    };
    const vm = buildViewModel(plan, opts);
    const sheet = vm.projects.sheets[0]!;
    expect(sheet.schedule).toEqual({ start: 2024, end: 2025 });
    expect(sheet.cost).toBe(1000000);
    expect(sheet.financing.map((f) => f.years)).toEqual([
      [null, null, 400000, null, null, null],
      [null, null, null, 600000, null, null],
    ]);
    expect(vm.projects.byAxis[0]!.projects[0]).toMatchObject({ start: 2024, end: 2025, cost: 1000000 });
  });

  it('after a cost change the document keeps the programme figures in every chapter (PAC-PRG-001 reports it)', async () => {
    const plan = await loadPlan(path.join(repo, 'examples/oulmes'));
    const before = programmeView(plan).total;
    plan.projects.find((p) => p.data.id === 'P01')!.data.estimated_cost += 1_000_000;
    const vm = buildViewModel(plan, opts);
    expect(vm.projects.total).toBe(before);
    expect(vm.finance.total).toBe(before);
    const sheet = vm.projects.sheets.find((s) => s.id === 'P01')!;
    expect(sheet.cost).toBe(vm.finance.plan.find((r) => r.id === 'P01')!.total);
  });
});
