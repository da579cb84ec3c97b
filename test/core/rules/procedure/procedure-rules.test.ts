// The rules the review found missing, and the adoption chain: each on the minimal plan (clean), then
// with the one fact that breaks it.
import { describe, expect, it } from 'vitest';
import { check, loadPlan } from '../../../helpers/plan-builder.js';
import ado009 from '../../../../src/core/rules/adoption/ado-009-adoption-chain.js';
import ado010 from '../../../../src/core/rules/adoption/ado-010-facts-not-future.js';
import ado011 from '../../../../src/core/rules/procedure/ado-011-sent-to-governor.js';
import ado012 from '../../../../src/core/rules/procedure/ado-012-members-convened.js';
import cnv001 from '../../../../src/core/rules/procedure/cnv-001-framework-agreements.js';
import com001 from '../../../../src/core/rules/procedure/com-001-committees-exist.js';
import fin007 from '../../../../src/core/rules/procedure/fin-007-signed-agreements.js';
import per003 from '../../../../src/core/rules/procedure/per-003-period-start.js';
import pub001 from '../../../../src/core/rules/procedure/pub-001-publication.js';
import ter001 from '../../../../src/core/rules/procedure/ter-001-investment-spread.js';
import { RULES } from '../../../../src/core/rules/registry.js';

const at = (ds: { path: unknown; expected?: string; found?: string }[]) => ds.map((d) => [d.path, d.expected, d.found]);
const today = (p: ReturnType<typeof loadPlan>, d = '2026-11-29') => ((p.today = d), p);

describe('every new rule', () => {
  it('is registered with a basis, a severity, and messages in three languages', () => {
    for (const code of [
      'PAC-ADO-009',
      'PAC-ADO-010',
      'PAC-ADO-011',
      'PAC-ADO-012',
      'PAC-CNV-001',
      'PAC-COM-001',
      'PAC-FIN-007',
      'PAC-PER-003',
      'PAC-PUB-001',
      'PAC-TER-001',
    ]) {
      const r = RULES.find((x) => x.code === code);
      expect(r, code).toBeDefined();
      expect(r!.basis).not.toBe('');
      expect(Object.keys(r!.message)).toEqual(['ar', 'fr', 'en']);
    }
  });
  it('passes the minimal plan', () => {
    expect(check([ado009, ado010, ado011, ado012, cnv001, com001, fin007, per003, pub001, ter001], today(loadPlan()))).toEqual([]);
  });
});

describe('PAC-ADO-009 the adoption chain', () => {
  it('flags votes recorded with no session', () => {
    const p = loadPlan();
    delete p.adoption!.data.session;
    expect(at(check(ado009, p))).toEqual([[['votes'], 'session', '—']]);
  });
  it('flags a granted visa on a vote that did not adopt the plan, and on a tie the president lost', () => {
    const p = loadPlan();
    p.adoption!.data.votes = { for: 4, against: 5, abstain: 2 };
    expect(at(check(ado009, p))).toEqual([[['visa', 'status'], 'pending', 'granted']]);
    p.adoption!.data.votes = { for: 5, against: 5, abstain: 1, president_side: 'against' };
    expect(check(ado009, p)).toHaveLength(1);
    p.adoption!.data.votes = { for: 5, against: 5, abstain: 1, president_side: 'for' };
    expect(check(ado009, p)).toEqual([]);
  });
  it('flags a visa with no vote, and a deliberation received or sent before the session', () => {
    const p = loadPlan();
    delete p.adoption!.data.votes;
    expect(at(check(ado009, p))).toEqual([[['visa'], 'votes', '—']]);
    const q = loadPlan();
    q.adoption!.data.visa!.received_on = '2022-05-02';
    q.adoption!.data.transmission = { deliberation_on: '2022-05-01' };
    expect(at(check(ado009, q))).toEqual([
      [['visa', 'received_on'], '≥ 2022-05-03', '2022-05-02'],
      [['transmission', 'deliberation_on'], '≥ 2022-05-03', '2022-05-01'],
    ]);
  });
});

describe('PAC-ADO-010 recorded facts are not in the future', () => {
  it('flags every recorded date after today, in adoption.yaml and consultations.yaml', () => {
    const p = today(loadPlan(), '2022-05-20');
    expect(check(ado010, p).map((d) => d.path)).toEqual([
      ['visa', 'visa_on'],
      ['publication', 'decision_summary_on'],
      ['publication', 'plan_published_on'],
      ['publication', 'open_data_published_on'],
    ]);
    const q = today(loadPlan(), '2021-11-01');
    expect(check(ado010, q).map((d) => d.path.join('.'))).toContain('consultations.0.date');
  });
  it('checks nothing without a day to judge on', () => {
    const p = loadPlan();
    p.adoption!.data.visa!.visa_on = '2099-01-01';
    expect(check(ado010, p)).toEqual([]);
  });
});

describe('PAC-ADO-011 deliberation and minutes sent to the governor in time', () => {
  it('flags a late transmission, late minutes and minutes not recorded', () => {
    const p = loadPlan();
    p.adoption!.data.transmission = { deliberation_on: '2022-05-30' };
    expect(at(check(ado011, p))).toEqual([
      [['transmission', 'deliberation_on'], '≤ 15', '27'],
      [['transmission'], 'minutes_on', '—'],
    ]);
    p.adoption!.data.transmission = { deliberation_on: '2022-05-10', minutes_on: '2022-05-25' };
    expect(at(check(ado011, p))).toEqual([[['transmission', 'minutes_on'], '≤ 15', '22']]);
  });
  it('once the time has passed, flags an adopted plan with neither transmission nor receipt recorded', () => {
    const p = today(loadPlan(), '2022-06-30');
    delete p.adoption!.data.visa;
    expect(at(check(ado011, p))).toEqual([[['session', 'date'], 'transmission.deliberation_on', '—']]);
    expect(check(ado011, today(p, '2022-05-10'))).toEqual([]);
  });
});

describe('PAC-ADO-012 members convened with the documents', () => {
  it('flags a 1st convocation sent fewer than 10 days before the meeting; reads the days from the settings', () => {
    const p = loadPlan();
    p.adoption!.data.session!.convocations[0]!.sent_on = '2022-04-26';
    expect(at(check(ado012, p))).toEqual([[['session', 'convocations', 0, 'sent_on'], '≥ 10', '7']]);
    expect(check(ado012, p, { params: { 'PAC-ADO-012': { days: 7 } } })).toEqual([]);
  });
});

describe('PAC-PUB-001 publication', () => {
  it('flags a plan in force for more than 30 days with nothing published', () => {
    const p = today(loadPlan());
    delete p.adoption!.data.publication;
    const ds = check(pub001, p);
    expect(at(ds)).toEqual([
      [['visa'], 'decision_summary_on', '—'],
      [['visa'], 'plan_published_on', '—'],
    ]);
    expect(ds[1]!.message).toMatch(/31-13/);
    expect(check(pub001, today(p, '2022-06-10'))).toEqual([]);
  });
  it('flags a publication before the session', () => {
    const p = loadPlan();
    p.adoption!.data.publication!.plan_published_on = '2022-04-01';
    expect(at(check(pub001, today(p)))).toEqual([[['publication', 'plan_published_on'], '≥ 2022-05-03', '2022-04-01']]);
  });
});

describe('PAC-FIN-007 partner money of years 1-3 on a signed agreement', () => {
  it('flags partner money without an agreement, and an agreement without a signing date', () => {
    const p = loadPlan();
    delete p.projects[0]!.data.agreement;
    expect(at(check(fin007, p))).toEqual([[['financing', 1, 'partner'], 'agreement', '—']]);
    p.projects[0]!.data.agreement = { reference: 'CONV-1' };
    expect(at(check(fin007, p))).toEqual([[['agreement'], 'signed_on', '—']]);
  });
  it('accepts money of a partner to an approved framework agreement the project cites', () => {
    const p = loadPlan();
    delete p.projects[0]!.data.agreement;
    p.finance!.data.framework_agreements = [
      { id: 'PIP', name: { ar: 'ب', fr: 'P' }, approved_on: '2022-01-04', start_year: 2022, end_year: 2025, partners: ['REGION'] },
    ];
    p.projects[0]!.data.framework_agreement = 'PIP';
    expect(check(fin007, p)).toEqual([]);
  });
  it('ignores money outside years 1-3', () => {
    const p = loadPlan();
    delete p.projects[0]!.data.agreement;
    p.projects[0]!.data.financing[1]!.by_year = { '2025': 600000 };
    expect(check(fin007, p)).toEqual([]);
  });
});

describe('PAC-CNV-001 consistency with the framework agreements a project cites', () => {
  const pip = {
    id: 'PIP',
    name: { ar: 'ب', fr: 'PIP Khémisset' },
    approved_on: '2022-07-04',
    start_year: 2022,
    end_year: 2025,
    envelope: 750_000_000,
    partners: ['REGION'],
  };
  it('flags an unknown agreement, a project outside its years, and projects over its envelope', () => {
    const p = loadPlan();
    p.projects[0]!.data.framework_agreement = 'PIP';
    expect(at(check(cnv001, p))).toEqual([[['framework_agreement'], '—', 'PIP']]);
    p.finance!.data.framework_agreements = [{ ...pip, start_year: 2023 }];
    expect(at(check(cnv001, p))).toEqual([[['schedule'], '2023-2025', '2022-2023']]);
    // Years are said as years, never with a thousands separator (2,023).
    expect(check(cnv001, p)[0]!.message).toMatch(/from 2022 to 2023, outside agreement PIP's period \(2023-2025\)/);
    p.finance!.data.framework_agreements = [{ ...pip, envelope: 500_000 }];
    expect(at(check(cnv001, p))).toEqual([[['framework_agreements', 0, 'envelope'], '500,000', '600,000']]);
    p.finance!.data.framework_agreements = [pip];
    expect(check(cnv001, p)).toEqual([]);
  });
});

describe('PAC-TER-001 investment spread against the needs per locality', () => {
  it('flags a locality with needs and no project', () => {
    const p = loadPlan();
    p.diagnosis!.data.sectors[0]!.problems!.push({ id: 'N2', text: { ar: 'ن', fr: 'N' }, localities: ['C1'] });
    expect(at(check(ter001, p))).toEqual([[['sectors', 0, 'problems', 1, 'localities', 0], 'projects: C1', '—']]);
    expect(check(ter001, p, { params: { 'PAC-TER-001': { min_needs: 2 } } })).toEqual([]);
  });
});

describe('PAC-COM-001 standing committees and the equity body', () => {
  it('flags fewer than three standing committees and a missing equity body, with plurals', () => {
    const p = loadPlan();
    p.commune!.data.council.standing_committees = p.commune!.data.council.standing_committees!.slice(0, 1);
    delete p.commune!.data.iecag;
    const ds = check(com001, p, {}, 'fr');
    expect(at(ds)).toEqual([
      [['council', 'standing_committees'], '≥ 3', '1'],
      [['council'], 'iecag', '—'],
    ]);
    expect(ds[0]!.message).toMatch(/^1 commission permanente enregistrée ;/);
    expect(ds[1]!.message).toMatch(/Instance de l’équité, de l’égalité des chances et de l’approche genre/);
    p.commune!.data.council.standing_committees = [];
    expect(check(com001, p, {}, 'ar')[0]!.message).toMatch(/^لا توجد أي لجنة دائمة مسجلة/);
  });
});

describe('PAC-PER-003 plan period against the mandate', () => {
  it('accepts the Oulmès case (2021 mandate, 2023-2028) and warns for 2026, as a reading', () => {
    const p = loadPlan();
    p.manifest!.data.period = { start_year: 2023, end_year: 2028 };
    expect(check(per003, p)).toEqual([]);
    p.manifest!.data.period = { start_year: 2026, end_year: 2031 };
    const ds = check(per003, p);
    expect(at(ds)).toEqual([[['period', 'start_year'], '2021–2023', '2026']]);
    expect(ds[0]!.severity).toBe('warning');
    expect(ds[0]!.message).toMatch(/unverified/);
    expect(per003.unverified).toBe(true);
  });
});
