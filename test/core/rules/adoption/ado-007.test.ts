import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/ado-007-governor-visa.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-ADO-007 governor visa', () => {
  it('accepts a visa granted 14 days after receipt', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a visa 21 days after receipt, and reads the delay from the settings', () => {
    const plan = loadPlan();
    plan.adoption!.data.visa!.visa_on = '2022-05-31';
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({ code: 'PAC-ADO-007', severity: 'warning', path: ['visa', 'visa_on'], expected: '≤ 20', found: '21' }),
    ]);
    expect(check(rule, plan, { params: { 'PAC-ADO-007': { days: 30 } } })).toEqual([]);
  });
  it('flags a visa dated before receipt', () => {
    const plan = loadPlan();
    plan.adoption!.data.visa!.visa_on = '2022-05-09';
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['visa', 'visa_on'], expected: '≥ 2022-05-10', found: '2022-05-09' })]);
  });
  it.each(['refused', 'pending'] as const)('flags a %s visa as not executable', (status) => {
    const plan = loadPlan();
    plan.adoption!.data.visa!.status = status;
    delete plan.adoption!.data.visa!.visa_on;
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['visa', 'status'], expected: 'granted | tacit', found: status })]);
  });
  it('accepts a tacit visa', () => {
    const plan = loadPlan();
    plan.adoption!.data.visa!.status = 'tacit';
    delete plan.adoption!.data.visa!.visa_on;
    expect(check(rule, plan)).toEqual([]);
  });
});
