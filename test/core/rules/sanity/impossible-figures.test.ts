// Each broken plan of the list that used to pass silently is caught, at its position.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../src/core/rules/registry.js';
import { validators } from '../../../../src/io/validators.js';
import { schemaDiagnostics } from '../../../../src/core/schema/schema-diagnostics.js';
import type { Plan } from '../../../../src/core/plan/workspace.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

const all = (plan: Plan) => check(RULES, plan, {}, 'en');
const found = (plan: Plan) => all(plan).map((d) => [d.code, d.path.join('.')]);
const d = (plan: Plan) => plan as any;

describe('impossible figures and dates are caught at their position', () => {
  it('the minimal plan has none', () => {
    expect(all(loadPlan())).toEqual([]);
  });
  it('a project of cost 0 fails its schema', () => {
    const p = { ...(loadPlan().projects[0]!.data as any), estimated_cost: 0 };
    const v = validators().project;
    expect(v(p)).toBe(false);
    expect(schemaDiagnostics(v.errors ?? [], p, 'P01.yaml', 'en').map((x) => [x.code, x.path])).toContainEqual(['PAC-SCH-001', ['estimated_cost']]);
  });
  it('end_year before start_year', () => {
    const plan = loadPlan();
    d(plan).projects[0].data.schedule = { start_year: 2023, end_year: 2022 };
    expect(found(plan)).toContainEqual(['PAC-DAT-001', 'schedule.end_year']);
  });
  it('the same project twice under two ids', () => {
    const plan = loadPlan();
    const copy = structuredClone(plan.projects[0]!);
    copy.data.id = 'P02';
    copy.file = 'minimal/projects/P02.yaml';
    plan.projects.push(copy);
    expect(found(plan)).toContainEqual(['PAC-UNQ-002', 'title']);
    expect(all(plan).find((x) => x.code === 'PAC-UNQ-002')!.file).toMatch(/P02\.yaml$/);
  });
  it('a share of 157.1 % (women beneficiaries above the total)', () => {
    const plan = loadPlan();
    d(plan).projects[0].data.beneficiaries = { total: 1000, women: 1571, men: 0 };
    expect(found(plan)).toContainEqual(['PAC-SUB-001', 'beneficiaries.women']);
  });
  it('120 young participants out of 48, and 440 votes in a workshop of 48', () => {
    const plan = loadPlan();
    d(plan).consultations.data.consultations[0].participants = { total: 48, women: 20, men: 28, youth: 120 };
    d(plan).consultations.data.consultations[0].proposals[0].votes = 440;
    expect(found(plan)).toEqual(
      expect.arrayContaining([
        ['PAC-SUB-001', 'consultations.0.participants.youth'],
        ['PAC-SUB-001', 'consultations.0.proposals.0.votes'],
      ]),
    );
  });
  it('193,000 beneficiaries in a commune of 16,874 (a warning, bound as a parameter)', () => {
    const plan = loadPlan();
    d(plan).commune.data.population = { census: 2014, total: 16874, men: 8400, women: 8474 };
    d(plan).commune.data.localities.forEach((l: any) => (l.population = 5000));
    d(plan).projects[0].data.beneficiaries = { total: 193000, women: 98000, men: 95000 };
    const x = all(plan).find((y) => y.code === 'PAC-POP-002')!;
    expect(x).toMatchObject({ severity: 'warning', path: ['beneficiaries', 'total'] });
    expect(check(RULES, plan, { params: { 'PAC-POP-002': { max_share: 20 } } }).some((y) => y.code === 'PAC-POP-002')).toBe(false);
  });
  it('localities summing to 82,034 inhabitants against 16,874', () => {
    const plan = loadPlan();
    d(plan).commune.data.population = { census: 2014, total: 16874, men: 8400, women: 8474 };
    d(plan).commune.data.localities[0].population = 80000;
    d(plan).commune.data.localities[1].population = 2034;
    expect(found(plan)).toContainEqual(['PAC-POP-001', 'localities']);
  });
  it('a visa received and signed before the session', () => {
    const plan = loadPlan();
    d(plan).adoption.data.visa = { received_on: 2022 + '-04-20', visa_on: '2022-04-28', status: 'granted' };
    expect(found(plan)).toEqual(
      expect.arrayContaining([
        ['PAC-ADO-009', 'visa.received_on'],
        ['PAC-DAT-002', 'visa.visa_on'],
      ]),
    );
  });
  it('a committee report dated before the referral', () => {
    const plan = loadPlan();
    d(plan).adoption.data.committee_reports[0].date = '2022-03-20';
    expect(found(plan)).toContainEqual(['PAC-DAT-002', 'committee_reports.0.date']);
  });
  it('the whole adoption a year before the mandate began, and a consultation 10 months before it', () => {
    const plan = loadPlan();
    d(plan).commune.data.council.mandate_start = '2023-05-15';
    const paths = found(plan)
      .filter(([c]) => c === 'PAC-DAT-003')
      .map(([, p]) => p);
    expect(paths).toEqual(expect.arrayContaining(['committee_referral.date', 'committee_reports.0.date', 'session.date', 'consultations.0.date']));
  });
  it('a survey whose end date is before its start', () => {
    const plan = loadPlan();
    d(plan).consultations.data.surveys = [
      {
        id: 'S1',
        title: { ar: 'س', fr: 'S' },
        start_date: '2021-12-10',
        end_date: '2021-12-01',
        method: 'face_to_face',
        tool: 'paper',
        respondents: { total: 10, women: 5, men: 5 },
        questions: [],
      },
    ];
    expect(found(plan)).toContainEqual(['PAC-DAT-001', 'surveys.0.end_date']);
  });
  it('financing in 2027 for a 2023-2024 project', () => {
    const plan = loadPlan();
    const p = d(plan).projects[0].data;
    p.schedule = { start_year: 2023, end_year: 2024 };
    p.financing[0].by_year = { '2023': 200000, '2027': 200000 };
    p.financing[1].by_year = { '2023': 300000, '2024': 300000 };
    expect(found(plan)).toContainEqual(['PAC-DAT-004', 'financing.0.by_year.2027']);
  });
  it('19 women out of 15 members of a commission', () => {
    const plan = loadPlan();
    d(plan).commune.data.iecag = { created_on: '2021-12-01', members: 15, women: 19 };
    expect(found(plan)).toContainEqual(['PAC-SUB-001', 'iecag.women']);
  });
  it('an age band, a rank, a projection year and a territory-share rule listed twice', () => {
    const plan = loadPlan();
    d(plan).commune.data.population.age_bands = [
      { band: '0-14', men: 100, women: 100 },
      { band: '0-14', men: 100, women: 100 },
    ];
    const pr = d(plan).priorities.data.priorities;
    pr.push({ ...structuredClone(pr[0]), id: 'PRI2' });
    pr[0].rank = 3;
    pr[1].rank = 3;
    const f = d(plan).finance.data;
    f.projection.push(structuredClone(f.projection[2]));
    f.selection = {
      territory_shares: [
        { territory: 'rural', min: 0.2 },
        { territory: 'rural', max: 0.8 },
      ],
    };
    expect(found(plan).filter(([c]) => c === 'PAC-UNQ-003')).toEqual([
      ['PAC-UNQ-003', 'population.age_bands.1.band'],
      ['PAC-UNQ-003', 'priorities.1.rank'],
      ['PAC-UNQ-003', 'projection.3.year'],
      ['PAC-UNQ-003', 'selection.territory_shares.1.territory'],
    ]);
  });
});
