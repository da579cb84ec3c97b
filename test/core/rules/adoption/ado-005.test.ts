import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/ado-005-majority.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-ADO-005 adopted by the majority', () => {
  it('accepts 9 for and 1 against', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('on a tie, asks for the president’s side (the tie rule needs it), saying the reading is unverified', () => {
    const plan = loadPlan();
    plan.adoption!.data.votes = { for: 4, against: 4, abstain: 3 };
    const ds = check(rule, plan);
    expect(ds).toEqual([expect.objectContaining({ code: 'PAC-ADO-005', severity: 'error', path: ['votes'], expected: 'president_side', found: '—' })]);
    expect(ds[0]!.message).toMatch(/president.*unverified/);
  });
  it('on a tie, the president’s side prevails: adopted when the president voted for, not when against', () => {
    const plan = loadPlan();
    plan.adoption!.data.votes = { for: 8, against: 8, abstain: 0, president_side: 'for' };
    expect(check(rule, plan)).toEqual([]);
    plan.adoption!.data.votes = { for: 8, against: 8, abstain: 0, president_side: 'against' };
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['votes', 'president_side'], expected: 'for', found: 'against' })]);
  });
  it('with tie_rule: not_adopted, a tie is not an adoption whatever the president voted', () => {
    const plan = loadPlan();
    plan.adoption!.data.votes = { for: 8, against: 8, abstain: 0, president_side: 'for' };
    expect(check(rule, plan, { params: { 'PAC-ADO-005': { tie_rule: 'not_adopted' } } })).toEqual([
      expect.objectContaining({ path: ['votes', 'for'], expected: '> 8', found: '8' }),
    ]);
    expect(check(rule, plan, { params: { 'PAC-ADO-005': { tie_rule: 'coin' } } })).toEqual([expect.objectContaining({ code: 'PAC-INT-999' })]);
  });
  it('flags fewer votes for than against at votes.for', () => {
    const plan = loadPlan();
    plan.adoption!.data.votes = { for: 4, against: 5, abstain: 2 };
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['votes', 'for'], expected: '> 5', found: '4' })]);
  });
  it('asks for more than half of the members in office in members_in_office mode', () => {
    const plan = loadPlan();
    plan.adoption!.data.votes = { for: 7, against: 1, abstain: 3 };
    expect(check(rule, plan)).toEqual([]);
    plan.manifest!.data.rules = { params: { 'PAC-ADO-005': { majority_mode: 'members_in_office' } } };
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['votes', 'for'], expected: '≥ 8', found: '7' })]);
  });
  it('reports a mistyped mode instead of falling back to the default', () => {
    const ds = check(rule, loadPlan(), { params: { 'PAC-ADO-005': { majority_mode: 'members' } } });
    expect(ds).toEqual([expect.objectContaining({ code: 'PAC-INT-999' })]);
    expect(ds[0]!.message).toContain('majority_mode');
  });
});
