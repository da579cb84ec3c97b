import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../src/core/rules/registry.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';
import type { Plan } from '../../../../src/core/plan/workspace.js';

const DEC = RULES.filter((r) => r.code.startsWith('PAC-DEC-'));
const pri = (plan: Plan) => plan.priorities!.data as any;

describe('PAC-DEC-001…008 run in plan validate', () => {
  it('the minimal plan passes them', () => {
    expect(check(DEC, loadPlan())).toEqual([]);
  });
  it('weights adding up to 105 against a declared 100 fail, at weights_total', () => {
    const plan = loadPlan();
    pri(plan).criteria[1].weight = 45;
    const ds = check(DEC, plan, {}, 'fr');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-DEC-002', severity: 'error', path: ['weights_total'], expected: '100', found: '105' });
    expect(ds[0]!.message).toContain('105');
  });
  it('a scale from 5 to 1 fails once, at the scale', () => {
    const plan = loadPlan();
    pri(plan).criteria[1].scale = { min: 5, max: 1 };
    const ds = check(DEC, plan);
    expect(ds.map((d) => [d.code, d.path])).toEqual([['PAC-DEC-003', ['criteria', 1, 'scale']]]);
  });
  it('a score of 6 on a 0-5 scale fails, at the score, in each language', () => {
    const plan = loadPlan();
    pri(plan).priorities[0].scores.urgency = 6;
    for (const lang of ['ar', 'fr', 'en'] as const) {
      const ds = check(DEC, plan, {}, lang);
      expect(ds.map((d) => [d.code, d.path])).toEqual([['PAC-DEC-004', ['priorities', 0, 'scores', 'urgency']]]);
      expect(ds[0]!.message).toContain('6');
    }
    expect(check(DEC, plan, {}, 'ar')[0]!.message).not.toBe(check(DEC, plan, {}, 'en')[0]!.message);
  });
  it('missing criteria and scores are findings only once the priorities are ranked', () => {
    const plan = loadPlan();
    delete pri(plan).priorities[0].scores.urgency;
    expect(check(DEC, plan)).toEqual([]);
    pri(plan).priorities[0].rank = 1;
    expect(check(DEC, plan).map((d) => d.code)).toEqual(['PAC-DEC-006']);
  });
  it('an unknown survey link and an inverted share rule fail at their positions', () => {
    const plan = loadPlan();
    pri(plan).priorities[0].survey_choices = [{ survey: 'S9', question: 'q', choice: 'c' }];
    (plan.finance!.data as any).selection = { territory_shares: [{ territory: 'rural', min: 0.6, max: 0.4 }] };
    expect(check(DEC, plan).map((d) => [d.code, d.path])).toEqual([
      ['PAC-DEC-007', ['priorities', 0, 'survey_choices', 0, 'survey']],
      ['PAC-DEC-008', ['selection', 'territory_shares', 0, 'min']],
    ]);
  });
  it('can be turned off like any rule', () => {
    const plan = loadPlan();
    pri(plan).criteria[1].weight = 45;
    expect(check(DEC, plan, { disable: ['PAC-DEC-002'] })).toEqual([]);
  });
});
