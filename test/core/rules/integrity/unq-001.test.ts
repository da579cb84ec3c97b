import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/unq-001-unique-ids.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-UNQ-001 unique ids', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a project id used by two project files, on the second', () => {
    const plan = loadPlan();
    const base = plan.projects[0]!;
    plan.projects.push({ ...base, file: base.file.replace('P01', 'P02'), data: { ...base.data } });
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-UNQ-001', severity: 'error', path: ['id'], found: 'P01' });
    expect(ds[0]!.file).toMatch(/P02\.yaml$/);
    expect(ds[0]!.message).toMatch(/P01\.yaml › id/);
  });
  it('treats diagnosis items, consultations and proposals as one space, across files', () => {
    const plan = loadPlan();
    plan.consultations!.data.consultations[0]!.proposals![0]!.id = 'N1';
    expect(check(rule, plan)).toMatchObject([{ path: ['consultations', 0, 'proposals', 0, 'id'], found: 'N1' }]);
  });
  it('allows the same id in different spaces', () => {
    const plan = loadPlan();
    plan.finance!.data.partners[0]!.id = 'D1'; // also a locality
    plan.priorities!.data.axes[0]!.id = 'PRI1'; // also a priority
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags duplicates inside one list', () => {
    const plan = loadPlan();
    plan.commune!.data.localities![1]!.id = 'D1';
    plan.finance!.data.partners[1]!.id = 'COMMUNE';
    expect(check(rule, plan).map((d) => d.path)).toEqual([
      ['localities', 1, 'id'],
      ['partners', 1, 'id'],
    ]);
  });
  it('flags a steering, report or communication id written twice by hand in plan.yaml', () => {
    const plan = loadPlan();
    plan.manifest!.data.implementation = {
      steering: [
        { id: 'ST1', body: { ar: 'لجنة القيادة' }, role: { ar: 'التتبع' } },
        { id: 'ST1', body: { ar: 'اللجنة التقنية' }, role: { ar: 'التحضير' } },
      ],
      communication: [{ id: 'ST1', action: { ar: 'لقاء' } }],
    } as never;
    const ds = check(rule, plan);
    expect(ds.map((d) => d.path)).toEqual([['implementation', 'steering', 1, 'id']]);
    expect(ds[0]!.message).toMatch(/instances de pilotage|steering/);
  });
});
