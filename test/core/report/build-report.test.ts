// The annual execution report's view model: its figures add up to the follow-up files and the programme,
// delays and stopped projects are found from the schedule against the recorded state, indicators against
// their targets, and a plan not adopted or a year without follow-up is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadWorkspace } from '../../../src/io/load-workspace.js';
import { buildReport, reportRefusal, achievement, type ReportOptions } from '../../../src/core/report/build-report.js';
import { compileReport } from '../../../src/core/report/render-report.js';
import { loadReportTemplates } from '../../../src/io/report-document.js';
import type { Plan } from '../../../src/core/plan/workspace.js';
import type { FollowupFile } from '../../../src/core/plan/schema-types.js';
import type { Money } from '../../../src/core/report/report-model.js';
import { formatNumber } from '../../../src/i18n/format.js';

const repo = path.resolve(__dirname, '../../..');
const OULMES = path.join(repo, 'examples/oulmes');
const OPTS: ReportOptions = { mode: 'ar+fr', year: 2023, draft: false, generator: 'plan test', today: '2025-01-01' };

let oulmes: Plan;
beforeAll(async () => {
  oulmes = (await loadWorkspace(OULMES, { lang: 'en' })).plan;
});

const clone = (p: Plan): Plan =>
  ({ ...structuredClone({ ...p, invalid: undefined, present: undefined }), invalid: new Set(p.invalid), present: new Set(p.present) }) as Plan;
const sumMap = (m: Record<string, number | undefined> | undefined) => Object.values(m ?? {}).reduce<number>((a, b) => a + (b ?? 0), 0);
const sumOf = (f: FollowupFile, key: 'committed' | 'paid') => (f.projects ?? []).reduce((a, p) => a + sumMap(p[key]), 0);
const addUp = (xs: Money[]) => ({
  programmed: xs.reduce((a, x) => a + x.programmed, 0),
  committed: xs.reduce((a, x) => a + x.committed, 0),
  paid: xs.reduce((a, x) => a + x.paid, 0),
});
const trio = (x: Money) => ({ programmed: x.programmed, committed: x.committed, paid: x.paid });

describe('report of Oulmès, 2023', () => {
  it('committed and paid equal the sums of followup/2023.yaml', () => {
    const r = buildReport(oulmes, OPTS);
    const f = oulmes.followup.find((d) => d.data.year === 2023)!.data;
    expect(sumOf(f, 'committed')).toBeGreaterThan(0);
    expect(r.money.year.committed).toBe(sumOf(f, 'committed'));
    expect(r.money.year.paid).toBe(sumOf(f, 'paid'));
    expect(r.summary.year.committed).toBe(sumOf(f, 'committed'));
  });

  it('programmed equals the programme for 2023 (finance.yaml programme lines)', () => {
    const r = buildReport(oulmes, OPTS);
    const lines = oulmes.finance!.data.programme!.lines.filter((l) => l.year === 2023);
    expect(r.money.year.programmed).toBe(lines.reduce((a, l) => a + l.amount, 0));
  });

  it('partners, axes and project rows each add up to the year; the years add up to the cumulated figures', () => {
    const r = buildReport(oulmes, OPTS);
    expect(addUp(r.money.byPartner.map((p) => p.year))).toEqual(trio(r.money.year));
    expect(addUp(r.money.byAxis.map((a) => a.year))).toEqual(trio(r.money.year));
    expect(addUp(r.status.projects.map((p) => p.money))).toEqual(trio(r.money.year));
    expect(trio(r.status.total)).toEqual(trio(r.money.year));
    expect(addUp(r.money.byYear)).toEqual(trio(r.money.cumulated));
    expect(addUp(r.money.byPartner.map((p) => p.cumulated))).toEqual(trio(r.money.cumulated));
    // per partner: INDH's committed is what the file records for INDH
    const f = oulmes.followup[0]!.data;
    const indh = (f.projects ?? []).reduce((a, p) => a + (p.committed?.INDH ?? 0), 0);
    expect(r.money.byPartner.find((p) => p.id === 'INDH')!.year.committed).toBe(indh);
  });

  it('states come from the follow-up; projects programmed to start by 2023 and absent from it are not reported and late', () => {
    const r = buildReport(oulmes, OPTS);
    const state = Object.fromEntries(r.status.projects.map((p) => [p.id, p.status]));
    expect(state).toMatchObject({ P20: 'done', P04: 'works', P06: 'tendering', P26: 'studies' });
    const absent = r.status.projects.filter((p) => p.status === 'not_reported');
    expect(absent.length).toBeGreaterThan(0);
    for (const p of absent) expect(p.start).toBeLessThanOrEqual(2023);
    expect(r.delays.late.filter((l) => l.kind === 'start').map((l) => l.number)).toEqual(absent.map((p) => p.number));
    // P06 (2023-2024) is tendering, with the reason of its delay in the file: a delay the follow-up reports
    const p06 = r.status.projects.find((p) => p.id === 'P06')!;
    expect(r.delays.late.find((l) => l.number === p06.number)).toMatchObject({ kind: 'reported', reason: { fr: expect.stringMatching(/infructueux/) } });
    // P04 (works, no reason) is not late
    expect(r.delays.late.some((l) => l.number === r.status.projects.find((p) => p.id === 'P04')!.number)).toBe(false);
    // P20 ends in 2023 and is done: not late; counts add up to the rows, plus the projects programmed later
    expect(r.delays.late.some((l) => l.title.fr?.includes('ambulance'))).toBe(false);
    const later = r.status.counts.find((c) => c.status === 'later')?.count ?? 0;
    expect(r.status.counts.reduce((a, c) => a + c.count, 0) - later).toBe(r.status.projects.length);
    expect(r.status.projects.length + later).toBe(
      oulmes.projects.filter((p) => oulmes.finance!.data.programme!.lines.some((l) => l.project === p.data.id)).length,
    );
  });

  it('indicators: baseline, the year’s target, the measured value and the way travelled', () => {
    const r = buildReport(oulmes, OPTS);
    const i1 = r.indicators.rows.find((i) => i.id === 'I-P20-1')!;
    expect(i1.measured).toBe(3);
    expect(i1.target).toEqual({ year: 2023, value: 3 });
    expect(i1.achievement).toBe(1);
    const i2 = r.indicators.rows.find((i) => i.id === 'I-P20-2')!;
    // 70 minutes at baseline, 35 targeted, 40 measured: 30 of the 35 minutes gained
    expect(i2.achievement).toBeCloseTo(30 / 35, 6);
    expect(r.indicators.chart.items.map((x) => x.values[0])).toEqual(r.indicators.rows.filter((x) => x.achievement !== null).map((x) => x.achievement));
  });

  it('proposals and the council’s review come from the file; the report is a draft until the council session', () => {
    const r = buildReport(oulmes, OPTS);
    expect(r.proposals[0]!.fr).toMatch(/appel d'offres/);
    expect(r.cover.review).toEqual({ committeesOn: '2024-04-16', sessionOn: '2024-05-07', decisionNo: '12/2024' });
    expect(r.meta.draft).toBe(false);
    expect(buildReport(oulmes, { ...OPTS, today: '2024-05-06' }).meta.draft).toBe(true);
    expect(buildReport(oulmes, { ...OPTS, draft: true }).meta.draft).toBe(true);
    expect(r.meta.example).toBe(true);
  });
});

describe('figures built from the project sheets, and over several years', () => {
  it('without a programme, programmed equals the projects’ by_year for the year', () => {
    const p = clone(oulmes);
    delete (p.finance!.data as { programme?: unknown }).programme;
    const r = buildReport(p, OPTS);
    const byYear = p.projects.reduce((a, d) => a + d.data.financing.reduce((b, f) => b + (f.by_year['2023'] ?? 0), 0), 0);
    expect(r.money.year.programmed).toBe(byYear);
  });

  it('a second year: the year’s figures are its own file, the cumulated ones add both files', () => {
    const p = clone(oulmes);
    const y2024: FollowupFile = {
      year: 2024,
      projects: [
        { project: 'P04', status: 'done', progress: 100, committed: { INDH: 800000 }, paid: { INDH: 1080000 } },
        { project: 'P01', status: 'not_started', reason: { ar: 'تأخر الدراسة', fr: 'Étude en retard' } },
        { project: 'P06', status: 'cancelled', reason: { ar: 'إلغاء', fr: 'Annulation' }, decision: { number: '30/2024', date: '2024-10-04' } },
        { project: 'P26', status: 'studies', moved_to: { start_year: 2025, end_year: 2026 }, decision: { number: '31/2024', date: '2024-10-04' } },
      ],
    };
    // This test's own 2024 in place of the example's, so that every figure below is known.
    p.followup = p.followup.filter((d) => d.data.year !== 2024);
    p.followup.push({ file: 'followup/2024.yaml', kind: 'followup', data: y2024 });
    const r = buildReport(p, { ...OPTS, year: 2024 });
    const f2023 = p.followup[0]!.data;
    expect(r.money.year.committed).toBe(800000);
    expect(r.money.year.paid).toBe(1080000);
    expect(r.money.cumulated.committed).toBe(sumOf(f2023, 'committed') + 800000);
    expect(r.money.cumulated.paid).toBe(sumOf(f2023, 'paid') + 1080000);
    expect(r.money.byYear.map((y) => y.year)).toEqual([2023, 2024]);
    const lines = p.finance!.data.programme!.lines;
    expect(r.money.cumulated.programmed).toBe(lines.filter((l) => l.year <= 2024).reduce((a, l) => a + l.amount, 0));

    const num = (id: string) => r.status.projects.find((x) => x.id === id)!.number;
    // P01 (2024-2025) not started in 2024: late to start, with its reason
    expect(r.delays.late.find((l) => l.number === num('P01'))).toMatchObject({ kind: 'start', reason: { fr: 'Étude en retard' } });
    // P06 cancelled by decision: listed as stopped, not late
    expect(r.delays.stopped.find((s) => s.number === num('P06'))).toMatchObject({ kind: 'cancelled', decision: { number: '30/2024' } });
    expect(r.delays.late.some((l) => l.number === num('P06'))).toBe(false);
    // P26 (2023-2024) deferred to 2025-2026 by the council: judged on its new years, so not late
    expect(r.delays.stopped.find((s) => s.number === num('P26'))).toMatchObject({ kind: 'moved', movedTo: { start: 2025, end: 2026 } });
    expect(r.delays.late.some((l) => l.number === num('P26'))).toBe(false);
    // P04 (2023-2024) done: not late; P20, absent from 2024's file, stays completed as 2023's file says
    expect(r.delays.late.some((l) => l.number === num('P04'))).toBe(false);
    expect(r.status.projects.find((x) => x.id === 'P20')).toMatchObject({ status: 'done', money: { committed: 0, paid: 0 } });
    expect(r.delays.late.some((l) => l.number === num('P20'))).toBe(false);
  });

  it('achievement: no target, no value or no distance gives none; going the wrong way gives 0', () => {
    expect(achievement(0, null, 3)).toBeNull();
    expect(achievement(0, 5, null)).toBeNull();
    expect(achievement(4, 4, 4)).toBeNull();
    expect(achievement(10, 20, 15)).toBe(0.5);
    expect(achievement(10, 20, 5)).toBe(0);
  });
});

describe('refusals', () => {
  it('a plan not adopted, or a year without follow-up', () => {
    expect(reportRefusal(oulmes, 2023, true)).toBeNull();
    expect(reportRefusal(oulmes, 2023, false)).toEqual({ reason: 'not_adopted' });
    const p = clone(oulmes);
    delete p.adoption;
    expect(reportRefusal(p, 2023, true)).toEqual({ reason: 'not_adopted' });
    const years = oulmes.followup.map((d) => d.data.year);
    const missing = Math.max(...years) + 1;
    expect(reportRefusal(oulmes, missing, true)).toEqual({ reason: 'no_followup', known: years });
  });
});

describe('the report’s HTML', () => {
  const render = compileReport(loadReportTemplates());
  it.each(['ar', 'fr', 'ar+fr'] as const)('renders in %s with the cover title, every chapter and the totals', (mode) => {
    const r = buildReport(oulmes, { ...OPTS, mode });
    const html = render(r, { fontCss: '' });
    if (mode !== 'fr') expect(html).toContain('تقرير حول تنفيذ برنامج عمل الجماعة');
    if (mode !== 'ar') expect(html).toContain('Rapport d’exécution du programme d’action de la commune');
    for (const id of ['rep-summary', 'rep-status', 'rep-money', 'rep-indicators', 'rep-delays', 'rep-proposals']) expect(html).toContain(`id="${id}"`);
    // The year's money committed, summed from the follow-up file, printed as the document prints numbers.
    expect(html).toContain(formatNumber(sumOf(oulmes.followup[0]!.data, 'committed'), mode === 'fr' ? 'fr' : 'ar'));
    expect(html).toContain('example-banner');
    expect(html).not.toMatch(/rep\.[a-z]+\.[a-zA-Z_]+/); // every key found in the catalogue
  });
  it('a draft until the council session: stamped on every page and said on the cover', () => {
    const draft = render(buildReport(oulmes, { ...OPTS, today: '2024-05-06' }), { fontCss: '' });
    expect(draft).toContain('class="draft-stamp"');
    expect(draft).toContain('مشروع تقرير: لم تسجل بعد دراسته في دورة المجلس');
    const final = render(buildReport(oulmes, OPTS), { fontCss: '' });
    expect(final).not.toContain('class="draft-stamp"');
  });
  it('escapes plan text (a proposal with markup prints as text)', () => {
    const p = clone(oulmes);
    p.followup[0]!.data.proposals = [{ ar: '<script>alert(1)</script>', fr: '<img src=x onerror=alert(1)>' }];
    const html = render(buildReport(p, OPTS), { fontCss: '' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
  });
});
