// PAC-ADO-008 during an update opened by `plan update start`: adoption.yaml is the update's own (no visa
// yet), so the window counts from plan.yaml `update.base_in_force`, and the update's session must lie in it.
import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/adoption/ado-008-update-year.js';
import { check, loadPlan } from '../../helpers/plan-builder.js';
import type { Plan } from '../../../src/core/plan/workspace.js';

/** The minimal plan (visa 2022-05-24) after `plan update start`: an empty adoption of its own. */
function updating(): Plan {
  const plan = loadPlan();
  plan.manifest!.data.update = { number: 1, started_on: '2024-06-01', base: 'history/1', base_in_force: '2022-05-24' };
  plan.adoption!.data = {};
  return plan;
}

describe('PAC-ADO-008 during an open update', () => {
  it('accepts the update’s session in the third year from the adopted version’s entry into force', () => {
    const plan = updating();
    plan.adoption!.data.session = { type: 'ordinary', date: '2024-10-02', convocations: [{ number: 1, date: '2024-10-02', present: 15 }] };
    expect(check(rule, plan)).toEqual([]);
  });

  it('flags an update session before the window (an update opened with --force)', () => {
    const plan = updating();
    plan.adoption!.data.session = { type: 'ordinary', date: '2024-02-05', convocations: [{ number: 1, date: '2024-02-05', present: 15 }] };
    expect(check(rule, plan).map((d) => [d.path, d.expected, d.found])).toEqual([[['session', 'date'], '≥ 2024-05-24', '2024-02-05']]);
  });

  it('counts recorded updates from the adopted version, not from the update’s own missing visa', () => {
    const plan = updating();
    plan.adoption!.data.updates = [{ date: '2024-06-01', plan_year: 3, changes: [{ ar: 'تعديل', fr: 'Changement' }] }];
    expect(check(rule, plan)).toEqual([]);
  });

  it('leaves the first adoption’s session alone (no update recorded)', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
});
