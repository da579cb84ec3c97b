import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import type { PromptSpec } from '../../src/core/wizard/question.js';

// The one prompt module, scripted by question id (lists of answers for repeated questions).
const scripted: { answers: Record<string, unknown[]>; seen: PromptSpec[] } = { answers: {}, seen: [] };
vi.mock('../../src/io/prompts.js', () => ({
  PromptCancelled: class extends Error {},
  ask: async (spec: PromptSpec) => {
    scripted.seen.push(spec);
    const list = scripted.answers[spec.id] ?? scripted.answers[spec.id.replace(/\.\d{4}$/, '.*')];
    if (!list?.length) throw new Error(`no scripted answer for ${spec.id}`);
    const v = list.shift();
    const ok = spec.validate(v);
    if (ok !== true) throw new Error(`${spec.id}: ${ok}`);
    return v;
  },
}));

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'plan-phase-'));
  cpSync('test/fixtures/minimal', ws, { recursive: true });
  scripted.answers = {};
  scripted.seen = [];
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));
const read = (f: string) => readFileSync(path.join(ws, f), 'utf8');
const golden = (f: string) => readFileSync(path.join('test/fixtures/yaml-golden', f), 'utf8');

describe('phase commands keep the file as the firm wrote it', () => {
  it('consult add: comments, blank lines, key order and untouched entries survive (golden files)', async () => {
    cpSync('test/fixtures/yaml-golden/consultations.before.yaml', path.join(ws, 'consultations.yaml'));
    const r = await runCli([
      'consult',
      'add',
      '-w',
      ws,
      '--id',
      'K4',
      '--type',
      'target_group',
      '--date',
      '2021-12-20',
      '--target-groups',
      'women',
      '--women',
      '25',
      '--men',
      '0',
      '--place-ar',
      'دار الشباب',
      '--place-fr',
      'Maison des jeunes',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read('consultations.yaml')).toBe(golden('consultations.after.yaml'));
    for (const line of golden('consultations.before.yaml')
      .split('\n')
      .filter((l) => l.includes('#')))
      expect(read('consultations.yaml')).toContain(line.split('#')[1]!.trim());
  });
  it('--dry-run prints the diff and writes nothing', async () => {
    const before = read('consultations.yaml');
    const r = await runCli(['consult', 'add', '-w', ws, '--id', 'K9', '--type', 'launch', '--date', '2021-10-01', '--women', '3', '--men', '5', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\+\s+- id: K9$/m);
    expect(r.stdout).toMatch(/^\+\s+participants: \{ total: 8, women: 3, men: 5 \}$/m);
    expect(read('consultations.yaml')).toBe(before);
  });
  it('an existing id is refused without --force and replaced with it', async () => {
    const args = ['consult', 'add', '-w', ws, '--id', 'K2', '--type', 'services_meeting', '--date', '2021-11-21', '--women', '5', '--men', '8', '--lang', 'en'];
    const refused = await runCli(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/K2 already exists/);
    const forced = await runCli([...args, '--force']);
    expect(forced.code).toBe(0);
    const k = parse(read('consultations.yaml')).consultations;
    expect(k.filter((c: { id: string }) => c.id === 'K2')).toEqual([
      { id: 'K2', type: 'services_meeting', date: '2021-11-21', participants: { total: 13, women: 5, men: 8 } },
    ]);
    expect(k.map((c: { id: string }) => c.id)).toEqual(['K1', 'K2', 'K3']);
  });
  it('a new file starts with the modeline pointing at the offline schemas', async () => {
    rmSync(path.join(ws, 'indicators.yaml'));
    await runCli([
      'add',
      'indicator',
      '-w',
      ws,
      '--id',
      'I1',
      '--name-ar',
      'مؤشر',
      '--name-fr',
      'Indicateur',
      '--project',
      'P01',
      '--unit',
      'u',
      '--baseline-value',
      '1',
      '--target',
      '2',
      '--yes',
    ]);
    expect(read('indicators.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=.schemas/indicators.json');
    rmSync(path.join(ws, 'projects/P01.yaml'));
    await runCli([
      'add',
      'project',
      '-w',
      ws,
      '--id',
      'P01',
      '--title-ar',
      'مشروع',
      '--title-fr',
      'Projet',
      '--sector',
      'health',
      '--priority-ids',
      'PRI1',
      '--women',
      '1',
      '--men',
      '1',
      '--start-year',
      '2022',
      '--end-year',
      '2022',
      '--estimated-cost',
      '10',
      '--financing',
      'COMMUNE:2022=10',
      '--indicator-ids',
      'I1',
      '--yes',
    ]);
    expect(read('projects/P01.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../.schemas/project.json');
  });
});

describe('checked as entered', () => {
  it('add project on a terminal: financing asked partner by partner with running totals; a total that does not close is asked again', async () => {
    rmSync(path.join(ws, 'projects/P01.yaml'));
    scripted.answers = {
      id: ['P07'],
      title_ar: ['مشروع الماء'],
      title_fr: ['Projet eau'],
      axis: ['AX1'],
      sector: ['drinking_water'],
      priority_ids: [['PRI1']],
      localities: [[]],
      competence_type: ['own'],
      project_owner_ar: [''],
      // The sheet's objectives and activities are asked (before, no command wrote them and every sheet printed «—»).
      objectives: ['توفير الماء | Fournir l’eau; تقليص المسافة | Réduire la distance'],
      activities: ['الأشغال | Travaux'],
      gender_marker: ['1'],
      women: ['50'],
      men: ['40'],
      start_year: ['2022'],
      end_year: ['2023'],
      estimated_cost: ['1000000'],
      // First round: 300 000 + 600 000 ≠ 1 000 000 → asked again; second round closes.
      'financing.partner': ['COMMUNE', 'REGION', '=', 'COMMUNE', 'REGION', '='],
      'financing.COMMUNE.*': ['100000', '200000', '200000', '200000'],
      'financing.REGION.*': ['300000', '300000', '300000', '300000'],
      'financing.retry': [true],
      indicator_ids: [['I1']],
      status: ['planned'],
      pdr_link_ar: [''],
    };
    const r = await runCli(['add', 'project', '-w', ws, '--lang', 'en'], { tty: true });
    // The only finding on the new sheet: the region's money in years 1-3 has no signed agreement yet.
    expect(r.stderr).toMatch(
      /^projects\/P07\.yaml:\d+:\d+ {2}PAC-FIN-007 {2}warning {2}Project P07 counts on 600,000 MAD from REGION in 2022-2024 with no signed agreement \(agreement\)$/m,
    );
    expect(r.stderr.match(/\bPAC-[A-Z]{3}-\d{3}\b/g)).toEqual(['PAC-FIN-007']);
    expect(r.code).toBe(0);
    const partners = scripted.seen.filter((s) => s.id === 'financing.partner').map((s) => s.message);
    expect(partners[1]).toMatch(/entered so far 300,000\sMAD of 1,000,000\sMAD/);
    expect(scripted.seen.find((s) => s.id === 'financing.retry')!.message).toMatch(
      /900,000\sMAD differs from the estimated cost 1,000,000\sMAD \(by 100,000\sMAD\)/,
    );
    const p = parse(read('projects/P07.yaml'));
    expect(p.financing).toEqual([
      { partner: 'COMMUNE', amount: 400000, by_year: { '2022': 200000, '2023': 200000 } },
      { partner: 'REGION', amount: 600000, by_year: { '2022': 300000, '2023': 300000 } },
    ]);
    expect(r.stdout).toMatch(/Σ .*= 1,000,000\sMAD \/ 1,000,000\sMAD/);
    expect(p.objectives).toEqual([
      { ar: 'توفير الماء', fr: 'Fournir l’eau' },
      { ar: 'تقليص المسافة', fr: 'Réduire la distance' },
    ]);
    expect(p.activities).toEqual([{ ar: 'الأشغال', fr: 'Travaux' }]);
    expect(p.gender_marker).toBe(1);
  });
  it('a financing partner unknown to finance.yaml is refused before anything is written', async () => {
    const r = await runCli([
      'add',
      'project',
      '-w',
      ws,
      '--id',
      'P09',
      '--title-ar',
      'م',
      '--title-fr',
      'P',
      '--sector',
      'health',
      '--priority-ids',
      'PRI1',
      '--women',
      '1',
      '--men',
      '1',
      '--start-year',
      '2022',
      '--end-year',
      '2022',
      '--estimated-cost',
      '10',
      '--financing',
      'ONEE:2022=10',
      '--yes',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Partner ONEE is not in finance.yaml \(partners: COMMUNE, REGION\)/);
    expect(existsSync(path.join(ws, 'projects/P09.yaml'))).toBe(false);
  });
  it('a late visa is saved, with the visa rule’s warning shown', async () => {
    const args = ['adopt', 'visa', '-w', ws, '--received-on', '2022-05-10', '--status', 'granted', '--visa-on', '2022-06-30', '--force', '--lang', 'en'];
    const before = read('adoption.yaml');
    const r = await runCli(args);
    // PAC-ADO-007 is a warning by default: shown, not blocking.
    expect(r.stderr).toMatch(/PAC-ADO-007/);
    expect(r.code).toBe(0);
    expect(read('adoption.yaml')).not.toBe(before);
    expect(read('adoption.yaml')).toMatch(/visa_on: 2022-06-30/);
  });
  it('adopt session with too few members present is refused by the quorum rule, then recorded with --allow-errors', async () => {
    const args = [
      'adopt',
      'session',
      '-w',
      ws,
      '--type',
      'ordinary',
      '--date',
      '2022-05-03',
      '--agenda-sent-to-governor-on',
      '2022-04-08',
      '--present',
      '5',
      '--yes',
      '--force',
      '--lang',
      'en',
    ];
    const before = read('adoption.yaml');
    const r = await runCli(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PAC-ADO-003/);
    expect(read('adoption.yaml')).toBe(before);
    expect((await runCli([...args, '--allow-errors'])).code).toBe(0);
    expect(parse(read('adoption.yaml')).session.convocations[0].present).toBe(5);
  });
  it('lists every phase command in plan --help of its group, with examples', async () => {
    for (const [group, subs] of Object.entries({
      diagnosis: ['add-sector', 'add-indicator', 'add-problem', 'add-potential', 'swot', 'gender'],
      consult: ['add', 'import'],
      add: ['locality', 'committee', 'axis', 'criterion', 'priority', 'project', 'partner', 'projection', 'indicator'],
      adopt: ['referral', 'report', 'session', 'votes', 'visa'],
    })) {
      const r = await runCli([group, '--help']);
      for (const s of subs) expect(r.stdout).toMatch(new RegExp(`^  ${s}\\b`, 'm'));
      expect(r.stdout).toMatch(/Examples:/);
    }
  });
});
