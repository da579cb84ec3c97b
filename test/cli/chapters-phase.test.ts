// The phase commands that feed the added chapters, driven by flags as a script would, then printed:
// each answer reaches its file and the printed plan.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { htmlOf, loadPlan } from '../core/render/load.js';
import { words } from '../core/render/text.js';

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'plan-chapters-'));
  cpSync('test/fixtures/minimal', ws, { recursive: true });
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));
const yaml = (f: string) => parse(readFileSync(path.join(ws, f), 'utf8'));
const run = async (...args: string[]) => {
  const r = await runCli([...args, '-w', ws, '--lang', 'en', '--yes']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
};

describe('phase commands of the added chapters', () => {
  it('write the census history, facilities, property and staff into commune.yaml', async () => {
    await run('diagnosis', 'census', '--year', '2004', '--total', '950', '--households', '180', '--source', 'RGPH 2004');
    await run('diagnosis', 'facility', '--sector', 'health', '--facility-ar', 'مستوصف', '--facility-fr', 'Dispensaire', '--count', '2', '--condition', 'poor');
    await run('diagnosis', 'property', '--kind', 'market', '--item-ar', 'سوق', '--item-fr', 'Souk', '--area-m2', '2000', '--legal-status', 'public_domain');
    await run('diagnosis', 'staff', '--year', '2021', '--category', 'executives', '--men', '3', '--women', '2');
    const c = yaml('commune.yaml');
    expect(c.population_history).toEqual([{ year: 2004, total: 950, households: 180, source: 'RGPH 2004' }]);
    expect(c.facilities).toEqual([{ sector: 'health', name: { ar: 'مستوصف', fr: 'Dispensaire' }, count: 2, condition: 'poor' }]);
    expect(c.property).toEqual([{ kind: 'market', name: { ar: 'سوق', fr: 'Souk' }, area_m2: 2000, status: 'public_domain' }]);
    expect(c.staff).toEqual({ year: 2021, categories: [{ category: 'executives', men: 3, women: 2 }] });
    const html = htmlOf(await loadPlan(ws), { mode: 'fr' });
    for (const s of ['Évolution de la population aux recensements', 'Dispensaire', 'Domaine public communal', 'Cadres']) expect(html).toContain(s);
  });

  it('write programmes, acronyms, resources and the implementation set-up; a project converges with a programme', async () => {
    await run(
      'add',
      'programme',
      '--id',
      'PIK',
      '--kind',
      'agreement',
      '--name-ar',
      'البرنامج المندمج',
      '--name-fr',
      'Programme intégré',
      '--start-year',
      '2022',
      '--end-year',
      '2025',
      '--envelope',
      '750000000',
    );
    await run('add', 'acronym', '--short', 'ONEE', '--meaning-ar', 'المكتب الوطني', '--meaning-fr', 'Office national');
    await run('add', 'resource', '--year', '2022', '--category', 'vat_share', '--amount', '500000');
    await run('add', 'steering', '--body-ar', 'لجنة القيادة', '--body-fr', 'Comité de pilotage', '--role-ar', 'التتبع', '--role-fr', 'Suivi');
    await run('add', 'report', '--report-ar', 'تقرير سنوي', '--report-fr', 'Rapport annuel', '--frequency', 'annual', '--month', '4');
    await run('add', 'communication', '--action-ar', 'نشر', '--action-fr', 'Publication', '--channel', 'website');
    const m = yaml('plan.yaml');
    expect(m.programmes).toEqual([
      { id: 'PIK', kind: 'agreement', name: { ar: 'البرنامج المندمج', fr: 'Programme intégré' }, start_year: 2022, end_year: 2025, envelope: 750000000 },
    ]);
    expect(m.acronyms).toEqual([{ short: 'ONEE', long: { ar: 'المكتب الوطني', fr: 'Office national' } }]);
    expect(m.implementation.reporting).toEqual([{ id: 'RP1', report: { ar: 'تقرير سنوي', fr: 'Rapport annuel' }, frequency: 'annual', month: 4 }]);
    expect(yaml('finance.yaml').resources).toEqual([{ year: 2022, category: 'vat_share', amount: 500000 }]);
    // The same year and category again is refused without --force.
    const again = await runCli(['add', 'resource', '--year', '2022', '--category', 'vat_share', '--amount', '1', '-w', ws, '--lang', 'en', '--yes']);
    expect(again.code).toBe(2);
    await run(
      'add',
      'project',
      '--id',
      'P01',
      '--force',
      '--title-ar',
      'مشروع',
      '--title-fr',
      'Projet',
      '--sector',
      'health',
      '--priority-ids',
      'PRI1',
      '--women',
      '10',
      '--men',
      '10',
      '--start-year',
      '2022',
      '--end-year',
      '2022',
      '--estimated-cost',
      '100000',
      '--financing',
      'COMMUNE:2022=100000',
      '--indicator-ids',
      'I1',
      '--objectives',
      'هدف | Objectif',
      '--activities',
      'نشاط | Activité',
      '--gender-marker',
      '2',
      '--convergence',
      'PIK',
    );
    const p = yaml('projects/P01.yaml');
    expect(p).toMatchObject({
      objectives: [{ ar: 'هدف', fr: 'Objectif' }],
      activities: [{ ar: 'نشاط', fr: 'Activité' }],
      gender_marker: 2,
      convergence: ['PIK'],
    });
    const html = htmlOf(await loadPlan(ws), { mode: 'fr' });
    const sheet = html.slice(html.indexOf('id="project-P01"'), html.indexOf('</article>', html.indexOf('id="project-P01"')));
    for (const s of ['Objectif', 'Activité', '2 - objectif principal', 'Programme intégré']) expect(sheet).toContain(s);
    for (const s of ['Comité de pilotage', 'Rapport annuel', 'Publication', 'Office national', 'Part de la TVA']) expect(html).toContain(s);
  });

  it('record the secretary and an annex, printed in the extract and the list of annexes', async () => {
    await run('adopt', 'secretary', '--name', 'Kenza Alaoui');
    await run(
      'adopt',
      'annex',
      '--kind',
      'workshop_minutes',
      '--annex-ar',
      'محاضر الورشات',
      '--annex-fr',
      'Procès-verbaux des ateliers',
      '--reference',
      'PV-2021',
    );
    const a = yaml('adoption.yaml');
    expect(a.secretary).toBe('Kenza Alaoui');
    expect(a.annexes).toEqual([{ kind: 'workshop_minutes', title: { ar: 'محاضر الورشات', fr: 'Procès-verbaux des ateliers' }, reference: 'PV-2021' }]);
    const text = words(htmlOf(await loadPlan(ws), { mode: 'fr' }));
    expect(text).toContain('Kenza Alaoui');
    expect(text).toContain('Procès-verbal d’atelier — Procès-verbaux des ateliers');
  });
});
