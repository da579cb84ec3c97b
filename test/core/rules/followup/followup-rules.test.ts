// The follow-up rules (PAC-TRK-*): each on the minimal plan with a clean follow-up, then with the one
// fact that breaks it.
import { describe, expect, it } from 'vitest';
import { check, loadPlan } from '../../../helpers/plan-builder.js';
import type { FollowupFile } from '../../../../src/core/plan/schema-types.js';
import { followupRules } from '../../../../src/core/rules/followup/index.js';
import { RULES } from '../../../../src/core/rules/registry.js';
import { basisText } from '../../../../src/i18n/basis.js';

const rule = (code: string) => followupRules.find((r) => r.code === code)!;
const at = (ds: { path: unknown; expected?: string | number; found?: string | number }[]) => ds.map((d) => [d.path, d.expected, d.found]);

// The minimal plan (P01: 1,000,000 MAD, COMMUNE 400,000 and REGION 600,000 in 2022-2023, agreement signed)
// with two clean years of follow-up.
function withFollowup(edit?: (f: FollowupFile[]) => void) {
  const p = loadPlan();
  p.today = '2026-11-29';
  const files: FollowupFile[] = [
    {
      year: 2022,
      projects: [{ project: 'P01', status: 'works', progress: 40, committed: { COMMUNE: 200000, REGION: 300000 }, paid: { COMMUNE: 100000, REGION: 150000 } }],
      indicators: [{ indicator: 'I1', value: 60, measured_on: '2022-12-20' }],
    },
    {
      year: 2023,
      projects: [
        {
          project: 'P01',
          status: 'done',
          progress: 100,
          committed: { COMMUNE: 200000, REGION: 300000 },
          paid: { COMMUNE: 300000, REGION: 450000 },
          delivered_on: '2023-11-30',
        },
      ],
      indicators: [{ indicator: 'I1', value: 120, measured_on: '2024-01-15' }],
    },
  ];
  edit?.(files);
  for (const data of files) p.followup.push({ file: `minimal/followup/${data.year}.yaml`, kind: 'followup', data });
  p.present.add('followup');
  return p;
}

describe('the follow-up rules', () => {
  it('are registered, with a basis in the administration’s words and messages in three languages', () => {
    for (const r of followupRules) {
      expect(RULES).toContain(r);
      expect(r.code).toMatch(/^PAC-TRK-\d{3}$/);
      expect(basisText(r.basis, 'ar')).toMatch(/[\u0600-\u06ff]/);
      expect(Object.keys(r.message)).toEqual(['ar', 'fr', 'en']);
    }
  });
  it('pass the minimal plan with a clean follow-up', () => {
    expect(check(followupRules, withFollowup())).toEqual([]);
  });
});

describe('PAC-TRK-001 payments within commitments', () => {
  it('flags a partner that has paid more than it committed by a year, once', () => {
    const p = withFollowup((f) => (f[0]!.projects![0]!.paid!.REGION = 350000));
    expect(at(check(rule('PAC-TRK-001'), p))).toEqual([[['projects', 0, 'paid', 'REGION'], '300,000', '350,000']]);
  });
  it('compares the sums over the years: money committed in 2022 may be paid in 2023', () => {
    const p = withFollowup((f) => {
      f[1]!.projects![0]!.committed = { COMMUNE: 200000 };
      f[1]!.projects![0]!.paid = { COMMUNE: 300000, REGION: 150000 };
    });
    expect(check(rule('PAC-TRK-001'), p)).toEqual([]);
  });
});

describe('PAC-TRK-002 commitments within the cost', () => {
  it('flags commitments above the estimated cost, unless within the tolerance', () => {
    const p = withFollowup((f) => (f[1]!.projects![0]!.committed!.COMMUNE = 300000));
    const ds = check(rule('PAC-TRK-002'), p);
    expect(at(ds)).toEqual([[['projects', 0, 'committed'], '1,000,000', '1,100,000']]);
    expect(ds[0]!.file).toBe('minimal/followup/2023.yaml');
    expect(check(rule('PAC-TRK-002'), p, { params: { 'PAC-TRK-002': { tolerance_pct: 10 } } })).toEqual([]);
  });
});

describe('PAC-TRK-003 a done project is delivered', () => {
  it('flags a done project with no delivery date, and one short of 100 %', () => {
    const p = withFollowup((f) => {
      delete f[1]!.projects![0]!.delivered_on;
      f[1]!.projects![0]!.progress = 95;
    });
    expect(at(check(rule('PAC-TRK-003'), p))).toEqual([
      [['projects', 0], 'delivered_on', '—'],
      [['projects', 0, 'progress'], '100', '95'],
    ]);
  });
});

describe('PAC-TRK-004 known indicators', () => {
  it('flags a value of an indicator the monitoring system does not have', () => {
    const p = withFollowup((f) => (f[0]!.indicators![0]!.indicator = 'I9'));
    expect(at(check(rule('PAC-TRK-004'), p))).toEqual([[['indicators', 0, 'indicator'], 'I1', 'I9']]);
  });
});

describe('PAC-TRK-005 measured in the year', () => {
  it('flags a measurement before the year or long after it; a few weeks after is the year’s', () => {
    const p = withFollowup((f) => (f[0]!.indicators![0]!.measured_on = '2021-12-31'));
    expect(at(check(rule('PAC-TRK-005'), p))).toEqual([[['indicators', 0, 'measured_on'], '2022-01-01 … 2023-03-31', '2021-12-31']]);
    const late = withFollowup((f) => (f[1]!.indicators![0]!.measured_on = '2024-06-01'));
    expect(check(rule('PAC-TRK-005'), late)).toHaveLength(1);
    expect(check(rule('PAC-TRK-005'), late, { params: { 'PAC-TRK-005': { grace_days: 180 } } })).toEqual([]);
  });
});

describe('PAC-TRK-006 known projects', () => {
  it('flags a project id with no sheet, naming the closest', () => {
    const p = withFollowup((f) => (f[0]!.projects![0]!.project = 'P1'));
    expect(at(check(rule('PAC-TRK-006'), p))).toEqual([[['projects', 0, 'project'], 'P01', 'P1']]);
  });
});

describe('PAC-TRK-007 cancellations and postponements decided', () => {
  it('flags a cancelled project without the council’s decision and a postponed one without a reason', () => {
    const p = withFollowup((f) => {
      f[0]!.projects![0] = { project: 'P01', status: 'cancelled', reason: { ar: 'تعذر العقار' } };
      f[1]!.projects![0] = {
        project: 'P01',
        status: 'not_started',
        moved_to: { start_year: 2025, end_year: 2026 },
        decision: { number: '3/2023', date: '2023-10-05' },
      };
    });
    const ds = check(rule('PAC-TRK-007'), p);
    expect(ds.map((d) => [d.file, d.expected])).toEqual([
      ['minimal/followup/2022.yaml', 'decision'],
      ['minimal/followup/2023.yaml', 'reason'],
    ]);
  });
});

describe('PAC-TRK-008 commitments agreed', () => {
  it('flags partner money committed without a signed agreement', () => {
    const p = withFollowup();
    delete p.projects[0]!.data.agreement!.signed_on;
    const ds = check(rule('PAC-TRK-008'), p);
    expect(at(ds)).toEqual([
      [['projects', 0, 'committed', 'REGION'], 'agreement.signed_on', '—'],
      [['projects', 0, 'committed', 'REGION'], 'agreement.signed_on', '—'],
    ]);
    // An approved framework agreement that binds the region in those years is enough.
    p.finance!.data.framework_agreements = [
      { id: 'FA', name: { ar: 'اتفاقية' }, approved_on: '2021-12-01', start_year: 2022, end_year: 2025, partners: ['REGION'] },
    ];
    expect(check(rule('PAC-TRK-008'), p)).toEqual([]);
  });
  it('flags commitments above the partner’s programmed share, the commune’s too', () => {
    const p = withFollowup((f) => (f[1]!.projects![0]!.committed = { COMMUNE: 250000, REGION: 300000 }));
    expect(at(check(rule('PAC-TRK-008'), p))).toEqual([[['projects', 0, 'committed', 'COMMUNE'], '400,000', '450,000']]);
    expect(check(rule('PAC-TRK-008'), p, { params: { 'PAC-TRK-008': { tolerance_pct: 15 } } })).toEqual([]);
  });
});

describe('PAC-TRK-009 follow-up years', () => {
  it('flags a year outside the period and a year not begun', () => {
    const p = withFollowup((f) => (f[0]!.year = 2021));
    expect(at(check(rule('PAC-TRK-009'), p))).toEqual([[['year'], '2022-2027', '2021']]);
    const q = withFollowup();
    q.today = '2022-06-30';
    expect(at(check(rule('PAC-TRK-009'), q))).toEqual([[['year'], '≤ 2022', '2023']]);
  });
});

describe('the follow-up rules in plan status', () => {
  it('are off before the first follow-up file (an adopted plan is complete), and judged once there is one', async () => {
    const { buildChecklists } = await import('../../../../src/core/status/build-checklist.js');
    const { mergeSettings, runRules } = await import('../../../../src/core/rules/engine.js');
    const states = (p: ReturnType<typeof loadPlan>) => {
      const settings = mergeSettings(p.manifest?.data);
      const lists = buildChecklists(p, runRules(p, RULES, settings, 'en'), RULES, settings);
      return { trk: lists.flatMap((l) => l.items.filter((i) => i.id.startsWith('PAC-TRK')).map((i) => i.state)), complete: lists.every((l) => l.complete) };
    };
    const before = loadPlan();
    before.today = '2026-11-29';
    expect(states(before)).toEqual({ trk: Array(9).fill('off'), complete: true });
    expect(states(withFollowup())).toEqual({ trk: Array(9).fill('done'), complete: true });
    const broken = withFollowup((f) => (f[0]!.projects![0]!.project = 'P1'));
    expect(states(broken).trk).toContain('error');
  });
});
