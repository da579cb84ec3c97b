import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/gov-001-services-meeting.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-GOV-001 meeting with the governor’s services', () => {
  it('accepts a services meeting', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags plans without one, listing the types found', () => {
    const plan = loadPlan();
    plan.consultations!.data.consultations[1]!.type = 'workshop_sectoral';
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({
        code: 'PAC-GOV-001',
        severity: 'error',
        path: ['consultations'],
        expected: 'type: services_meeting',
        found: 'workshop_territorial, workshop_sectoral, iecag',
      }),
    ]);
  });
});
