// The added chapters' view models: every figure equals what the plan's data says, and the executive
// summary equals the programme the finance chapter prints.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildViewModel } from '../../../src/core/render/build-view-model.js';
import { formatNumber } from '../../../src/i18n/format.js';
import { communeShareByYear } from '../../../src/core/render/capacity-view.js';
import { PDR_COLUMN } from '../../../src/core/render/convergence-view.js';
import { htmlOf, loadPlan, repo } from './load.js';

const opts = { mode: 'ar' as const, draft: false, generator: 'plan test' };
const oulmes = () => loadPlan(path.join(repo, 'examples/oulmes'));
const khemisset = () => loadPlan(path.join(repo, 'examples/khemisset'));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('executive summary', () => {
  for (const [name, load] of [
    ['oulmes', oulmes],
    ['khemisset', khemisset],
  ] as const) {
    it(`${name}: its totals are the programme's, by axis, by partner and over the first three years`, async () => {
      const plan = await load();
      const vm = buildViewModel(plan, opts);
      const s = vm.chapters.summary;
      const programmed = plan.finance!.data.programme!.lines;
      expect(s.projects.cost).toBe(sum(programmed.map((l) => l.amount)));
      expect(s.projects.cost).toBe(vm.finance.total);
      expect(s.projects.count).toBe(new Set(programmed.map((l) => l.project)).size);
      expect(sum(s.axes.map((a) => a.cost))).toBe(vm.finance.total);
      expect(sum(s.axes.map((a) => a.projects))).toBe(s.projects.count);
      expect(sum(s.axes.map((a) => a.share))).toBeCloseTo(1, 9);
      expect(sum(s.partners.map((p) => p.total))).toBe(vm.finance.total);
      const start = plan.manifest!.data.period.start_year;
      expect(s.firstYears.map((y) => y.year)).toEqual([start, start + 1, start + 2]);
      for (const y of s.firstYears) {
        expect(y.amount).toBe(sum(programmed.filter((l) => l.year === y.year).map((l) => l.amount)));
        expect(y.commune).toBe(sum(programmed.filter((l) => l.year === y.year && l.partner === 'COMMUNE').map((l) => l.amount)));
        expect(y.capacity).toBe(plan.finance!.data.projection.find((r) => r.year === y.year)!.investment_capacity);
      }
      expect(s.firstYearsTotal).toBe(sum(vm.finance.yearTotals.slice(0, 3)));
      const consultations = plan.consultations!.data.consultations;
      expect(s.consultations).toEqual({
        events: consultations.length,
        participants: sum(consultations.map((c) => c.participants.total)),
        women: sum(consultations.map((c) => c.participants.women)),
      });
      expect(s.population).toEqual({ census: plan.commune!.data.population.census, total: plan.commune!.data.population.total });
    });
  }

  it('prints the same total in the summary and in the finance chapter', async () => {
    const html = htmlOf(await oulmes(), { mode: 'fr' });
    const cut = (id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));
    const vm = buildViewModel(await oulmes(), { ...opts, mode: 'fr' });
    const printed = formatNumber(vm.finance.total, 'fr');
    expect(cut('ch-summary')).toContain(`${printed}\u00a0MAD`);
    expect(cut('ch-finance')).toContain(`${printed}`);
  });
});

describe('commune share against capacity', () => {
  it('adds up the commune partners of the programme, year by year, against the projected capacity', async () => {
    const plan = await oulmes();
    const vm = buildViewModel(plan, opts);
    const rows = vm.chapters.capacity.rows;
    expect(rows.map((r) => r.year)).toEqual(vm.meta.years);
    const share = communeShareByYear(plan);
    for (const r of rows) {
      expect(r.commune).toBe(share.get(r.year) ?? 0);
      const p = plan.finance!.data.projection.find((x) => x.year === r.year);
      expect(r.capacity).toBe(p?.investment_capacity ?? null);
      if (p) expect(r.margin).toBe(p.investment_capacity - r.commune);
      if (p) expect(r.used).toBeCloseTo(r.commune / p.investment_capacity, 12);
    }
    // 2024: 5 616 000 of 5 750 000 (the example's own figures).
    expect(rows[1]).toMatchObject({ year: 2024, commune: 5616000, capacity: 5750000, margin: 134000 });
  });

  it('tables the resources by category; each year adds up to the projection’s own resources and transfers', async () => {
    const plan = await oulmes();
    const c = buildViewModel(plan, opts).chapters.capacity;
    expect(c.categories).toEqual(['own_taxes', 'fees', 'property_income', 'vat_share', 'other_transfers']);
    for (const r of c.resources) {
      const p = plan.finance!.data.projection.find((x) => x.year === r.year)!;
      expect(r.total).toBe(p.own_resources + p.transfers);
      expect(sum(r.amounts.slice(0, 3).map((x) => x ?? 0))).toBe(p.own_resources);
    }
  });
});

describe('diagnosis additions', () => {
  it('lists the censuses in order with the reference census, the yearly growth and a trend chart', async () => {
    const plan = await oulmes();
    const d = buildViewModel(plan, opts).chapters.demography;
    expect(d.censuses.map((r) => [r.year, r.total, r.invented])).toEqual([
      [1994, 16210, true],
      [2004, 17480, true],
      [2014, 18706, false],
    ]);
    expect(d.censuses[0]!.growth).toBeNull();
    expect(d.censuses[2]!.growth).toBeCloseTo(Math.pow(18706 / 17480, 1 / 10) - 1, 12);
    expect(d.trend!.items.map((i) => i.value)).toEqual([16210, 17480, 18706]);
    expect(d.invented).toBe(true);
  });

  it('draws the age pyramid youngest band first, adding up to the census', async () => {
    const plan = await oulmes();
    const p = buildViewModel(plan, opts).chapters.demography.pyramid!;
    expect(p.bands[0]!.band).toBe('0-4');
    expect(p.bands.at(-1)!.band).toBe('60+');
    expect(sum(p.bands.map((b) => b.men + b.women))).toBe(plan.commune!.data.population.total);
    const html = htmlOf(plan, { mode: 'fr' });
    expect(html).toContain('class="chart pyramid"');
  });

  it('has no census table nor trend with a single census', async () => {
    const d = buildViewModel(await loadPlan(), opts).chapters.demography;
    expect(d.censuses).toEqual([]);
    expect(d.trend).toBeNull();
  });

  it('computes the financial ratios from the retrospective accounts', async () => {
    const plan = await oulmes();
    const r = buildViewModel(plan, opts).chapters.means.ratios!;
    const first = plan.finance!.data.retrospective![0]!;
    const revenue = first.own_revenue + (first.vat_share ?? 0) + (first.other_transfers ?? 0);
    expect(r.years[0]).toBe(first.year);
    expect(r.rows.find((x) => x.key === 'ratio.revenue')!.values[0]).toBe(revenue);
    expect(r.rows.find((x) => x.key === 'ratio.autonomy')!.values[0]).toBeCloseTo(first.own_revenue / revenue, 12);
    expect(r.rows.find((x) => x.key === 'ratio.perCapita')!.values[0]).toBe(Math.round(first.own_revenue / plan.commune!.data.population.total));
  });

  it('totals the staff by sex', async () => {
    const s = buildViewModel(await oulmes(), opts).chapters.means.staff!;
    expect(s.total).toEqual({ men: 54, women: 15, total: 69 });
    expect(s.womenShare).toBeCloseTo(15 / 69, 12);
  });
});

describe('convergence matrix', () => {
  it('marks each project against the programmes it lists, and the regional programme when it cites one', async () => {
    const plan = await khemisset();
    const c = buildViewModel(plan, opts).chapters.convergence;
    expect(c.columns.map((x) => x.id)).toEqual(['PDR-RSK', 'INDH3', 'SECT', 'PIK']);
    const pik = c.columns.findIndex((x) => x.id === 'PIK');
    expect(c.columns[pik]).toMatchObject({ kind: 'agreement', start: 2022, end: 2025, envelope: 750000000 });
    expect(c.columns[pik]!.projects).toBe(plan.projects.filter((p) => p.data.convergence?.includes('PIK')).length);
    expect(c.rows).toHaveLength(plan.projects.length);
    const pdr = c.rows.filter((r) => r.marks[0]).length;
    expect(pdr).toBe(plan.projects.filter((p) => p.data.pdr_link || p.data.convergence?.includes('PDR-RSK')).length);
    for (const r of c.rows) expect(c.sheets[r.id]!.gender).toBe(plan.projects.find((p) => p.data.id === r.id)!.data.gender_marker ?? null);
  });

  it('adds the regional programme as a column when plan.yaml lists none but projects cite it', async () => {
    const c = buildViewModel(await loadPlan(), opts).chapters.convergence;
    expect(c.columns.map((x) => x.id)).toEqual([PDR_COLUMN]);
    expect(c.rows[0]!.marks).toEqual([true]);
  });

  it('prints the gender marker and the programmes on the project sheet', async () => {
    const html = htmlOf(await oulmes(), { mode: 'fr' });
    const sheet = html.slice(html.indexOf('id="project-P12"'), html.indexOf('</article>', html.indexOf('id="project-P12"')));
    expect(sheet).toContain('Marqueur genre');
    expect(sheet).toContain('2 - objectif principal');
    expect(sheet).toContain('INDH, troisième phase');
  });
});

describe('method, implementation, adoption', () => {
  it('counts every consultation once in the stages of preparation', async () => {
    const plan = await oulmes();
    const m = buildViewModel(plan, opts).chapters.method;
    const consultations = plan.consultations!.data.consultations;
    expect(sum(m.map((s) => s.events))).toBe(consultations.length);
    expect(sum(m.map((s) => s.participants))).toBe(sum(consultations.map((c) => c.participants.total)));
    expect(m.map((s) => s.key)).toEqual(['phase.launch', 'phase.diagnosis', 'phase.priorities', 'phase.drafting', 'phase.adoption']);
    const adoption = m.find((s) => s.key === 'phase.adoption')!;
    expect(adoption.from).toBe(plan.adoption!.data.session!.date);
    expect(adoption.to).toBe(plan.adoption!.data.visa!.visa_on);
  });

  it('puts the yearly evaluation of indicators.yaml in the reporting calendar when no report covers it', async () => {
    const plan = await loadPlan();
    plan.indicators!.data.reporting = { evaluation_month: 4 };
    const im = buildViewModel(plan, opts).chapters.implementation;
    expect(im.reporting).toEqual([{ report: null, key: 'sec.reporting', frequency: 'annual', month: 4, by: null, to: null }]);
  });

  it('writes the extract of the deliberation from adoption.yaml, and lists the annexes of the council file', async () => {
    const plan = await oulmes();
    const d = buildViewModel(plan, opts).chapters.deliberation;
    const a = plan.adoption!.data;
    expect(d.membersInOffice).toBe(a.members_in_office ?? plan.commune!.data.council.members_in_office);
    expect(d.present).toBe(a.session!.convocations.at(-1)!.present);
    expect(d.votes).toEqual(a.votes);
    expect(d.adopted).toBe(true);
    expect(d.decisionNo).toBe(a.decision_no);
    expect(d.signatures).toEqual({ president: plan.commune!.data.council.president, secretary: 'Fatima Zahra El Idrissi' });
    expect(d.session!.place).toEqual({ ar: plan.commune!.data.name.ar, fr: plan.commune!.data.name.fr });
    const kinds = d.annexes.map((x) => x.kind);
    expect(kinds.filter((k) => k === 'committee_report')).toHaveLength(a.committee_reports!.length);
    expect(kinds).toContain('visa_letter');
    // The plan's own opinion of the equality body replaces the one found in consultations.yaml.
    expect(d.annexes.filter((x) => x.kind === 'iecag_opinion')).toEqual([
      {
        kind: 'iecag_opinion',
        title: { ar: 'رأي الهيئة في مشروع البرنامج', fr: 'Avis de l’instance sur le projet de plan' },
        date: '2023-03-17',
        reference: 'IECAG-2023-02',
      },
    ]);
    expect(kinds.indexOf('deliberation')).toBe(0);
  });

  it('leaves blanks to fill, and says so, when the session is not recorded', async () => {
    const plan = await loadPlan();
    delete plan.adoption!.data.session;
    delete plan.adoption!.data.votes;
    const html = htmlOf(plan, { mode: 'fr' });
    const extract = html.slice(html.indexOf('id="sec-extract"'), html.indexOf('id="sec-annexList"'));
    expect(extract).toContain('La session et le vote ne sont pas encore enregistrés');
    expect(extract).toContain('Session …………… tenue le ……………');
    expect(extract).toContain('Le secrétaire du conseil');
  });
});

describe('table of contents and lists', () => {
  it('puts the front matter before chapter 1 and each added section after its chapter’s own, numbered on', async () => {
    const vm = buildViewModel(await oulmes(), { ...opts, mode: 'ar+fr' });
    const ids = vm.toc.map((e) => e.id);
    expect(ids.slice(0, 4)).toEqual(['ch-president', 'ch-summary', 'ch-acronyms', 'ch-lists']);
    const entry = (id: string) => vm.toc.find((e) => e.id === id)!;
    expect(entry('sec-method').number).toBe('1.4');
    expect(ids.indexOf('sec-censuses')).toBeGreaterThan(ids.indexOf('sec-diagnosis'));
    expect(ids.indexOf('sec-censuses')).toBeLessThan(ids.indexOf('ch-participation'));
    expect(ids.indexOf('sec-capacity')).toBeLessThan(ids.indexOf('ch-monitoring'));
    expect(entry('sec-annexList').number.startsWith('8.')).toBe(true);
    expect(vm.chapters.lists.tables.map((t) => t.anchor)).toContain('sec-capacity');
    expect(vm.chapters.lists.figures.map((f) => f.anchor)).toEqual(['fig-population', 'fig-pyramid', 'sec-participationByType', 'sec-charts']);
    expect(vm.chapters.lists.tables.map((t) => t.number)).toEqual(vm.chapters.lists.tables.map((_, i) => i + 1));
  });

  it('lists the built-in acronyms and the plan’s own, the plan’s meaning winning', async () => {
    const plan = await oulmes();
    plan.manifest!.data.acronyms!.push({ short: 'PDR', long: { ar: 'برنامج', fr: 'Programme régional' } });
    // Acronyms are Latin: an Arabic-only document writes names in full and has no such list.
    expect(buildViewModel(plan, opts).chapters.acronyms).toEqual([]);
    const a = buildViewModel(plan, { ...opts, mode: 'ar+fr' }).chapters.acronyms;
    expect(a.map((x) => x.short)).toEqual([...a.map((x) => x.short)].sort((x, y) => x.localeCompare(y, 'fr')));
    expect(a.find((x) => x.short === 'PDR')).toEqual({ short: 'PDR', key: null, text: { ar: 'برنامج', fr: 'Programme régional' } });
    expect(a.find((x) => x.short === 'RGPH')!.key).toBe('acr.RGPH');
    expect(a.find((x) => x.short === 'ONEE')).toBeDefined();
  });
});
