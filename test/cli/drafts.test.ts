// Nothing typed is lost: a form cut short (Ctrl-C) or a refused save keeps the answers in the
// workspace's .plan/drafts/, the message says where, and the next run offers to resume from them.
// A rule about completeness (a project without an indicator yet) reports but never refuses a save.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import type { PromptSpec } from '../../src/core/wizard/question.js';

const scripted: { answers: Record<string, unknown[]>; seen: PromptSpec[]; cancelAt?: string } = { answers: {}, seen: [] };
vi.mock('../../src/io/prompts.js', () => {
  class PromptCancelled extends Error {
    constructor() {
      super('cancelled');
      this.name = 'PromptCancelled';
    }
  }
  return {
    PromptCancelled,
    ask: async (spec: PromptSpec) => {
      scripted.seen.push(spec);
      if (spec.id === scripted.cancelAt) throw new PromptCancelled();
      const list = scripted.answers[spec.id] ?? scripted.answers[spec.id.replace(/\.\d{4}$/, '.*')];
      if (!list?.length) throw new Error(`no scripted answer for ${spec.id}`);
      const v = list.shift();
      const ok = spec.validate(v);
      if (ok !== true) throw new Error(`${spec.id}: ${ok}`);
      return v;
    },
  };
});

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'plan-drafts-'));
  cpSync('test/fixtures/minimal', ws, { recursive: true });
  scripted.answers = {};
  scripted.seen = [];
  scripted.cancelAt = undefined;
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));
const read = (f: string) => readFileSync(path.join(ws, f), 'utf8');

const projectAnswers = (): Record<string, unknown[]> => ({
  id: ['P07'],
  title_ar: ['مشروع الماء'],
  title_fr: ['Projet eau'],
  axis: ['AX1'],
  sector: ['drinking_water'],
  priority_ids: [['PRI1']],
  localities: [[]],
  competence_type: ['own'],
  project_owner_ar: [''],
  objectives: ['توفير الماء | Fournir l’eau'],
  activities: ['الأشغال | Travaux'],
  gender_marker: ['1'],
  women: ['50'],
  men: ['40'],
  start_year: ['2022'],
  end_year: ['2022'],
  estimated_cost: ['1000'],
  'financing.partner': ['COMMUNE', '='],
  'financing.COMMUNE.*': ['1000'],
  indicator_ids: [[]],
  status: ['planned'],
  pdr_link_ar: [''],
});

describe('a form cut short keeps its answers', () => {
  it('Ctrl-C late in add project writes .plan/drafts/add.project.yaml, says so, and the next run resumes from it', async () => {
    scripted.answers = projectAnswers();
    scripted.cancelAt = 'financing.partner';
    const cut = await runCli(['add', 'project', '-w', ws, '--lang', 'en'], { tty: true });
    expect(cut.code).toBe(130);
    expect(cut.stderr).toMatch(/Your answers are kept in \.plan\/drafts\/add\.project\.yaml/);
    const draft = parse(read('.plan/drafts/add.project.yaml'));
    expect(draft).toMatchObject({ id: 'P07', title_ar: 'مشروع الماء', women: '50', men: '40', estimated_cost: '1000' });
    expect(existsSync(path.join(ws, 'projects/P07.yaml'))).toBe(false);

    // The next run asks to resume, then only what was not answered yet.
    scripted.answers = {
      resume: [true],
      'financing.partner': ['COMMUNE', '='],
      'financing.COMMUNE.*': ['1000'],
      indicator_ids: [[]],
      status: ['planned'],
      pdr_link_ar: [''],
    };
    scripted.cancelAt = undefined;
    scripted.seen = [];
    const again = await runCli(['add', 'project', '-w', ws, '--lang', 'en'], { tty: true });
    expect(again.stderr).not.toMatch(/Internal error/);
    expect(again.code).toBe(0);
    expect(scripted.seen[0]!.message).toMatch(/draft with 17 answers is kept in \.plan\/drafts\/add\.project\.yaml/);
    expect(scripted.seen.map((s) => s.id)).not.toContain('title_ar');
    expect(parse(read('projects/P07.yaml'))).toMatchObject({
      id: 'P07',
      title: { ar: 'مشروع الماء', fr: 'Projet eau' },
      beneficiaries: { total: 90, women: 50, men: 40 },
    });
    // Saved: the draft is gone.
    expect(existsSync(path.join(ws, '.plan/drafts/add.project.yaml'))).toBe(false);
  });
  it('a save refused by a rule keeps the typed answers and says where; --answers on the draft finishes the job', async () => {
    // A session with too few members present: refused by the quorum rule.
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
    const r = await runCli(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Your answers are kept in \.plan\/drafts\/adopt\.session\.yaml/);
    expect(parse(read('.plan/drafts/adopt.session.yaml'))).toMatchObject({ type: 'ordinary', date: '2022-05-03', present: '5' });
    // Without a terminal, the next run says a draft exists and how to use it.
    const next = await runCli(['adopt', 'session', '-w', ws, '--yes', '--lang', 'en']);
    expect(next.stderr).toMatch(/A draft is kept in \.plan\/drafts\/adopt\.session\.yaml; use it with --answers/);
    const used = await runCli([
      'adopt',
      'session',
      '-w',
      ws,
      '--answers',
      path.join(ws, '.plan/drafts/adopt.session.yaml'),
      '--present',
      '12',
      '--yes',
      '--force',
      '--lang',
      'en',
    ]);
    expect(used.stderr).toBe('');
    expect(used.code).toBe(0);
  });
  it('an id that exists already keeps the answers too', async () => {
    const r = await runCli(['add', 'axis', '-w', ws, '--id', 'AX1', '--title-ar', 'محور', '--title-fr', 'Axe', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/AX1 already exists[\s\S]*kept in \.plan\/drafts\/add\.axis\.yaml/);
  });
});

describe('completeness never blocks saving a new entry', () => {
  it('a project added after the indicators exist is saved; PAC-IND-001 is reported, then its indicator can be added', async () => {
    const r = await runCli([
      'add',
      'project',
      '-w',
      ws,
      '--id',
      'P11',
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
      '--yes',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/projects\/P11\.yaml:\d+:\d+ +PAC-IND-001 +error +Project P11 has no monitoring indicator/);
    expect(r.stdout).toMatch(/Added P11 to projects\/P11\.yaml/);
    expect(r.stdout).toMatch(/Project P11 has no monitoring indicator yet: plan add indicator --project P11/);
    const ind = await runCli([
      'add',
      'indicator',
      '-w',
      ws,
      '--id',
      'I11',
      '--name-ar',
      'مؤشر',
      '--name-fr',
      'Indicateur',
      '--project',
      'P11',
      '--unit',
      'u',
      '--baseline-value',
      '0',
      '--target',
      '1',
      '--yes',
      '--lang',
      'en',
    ]);
    expect(ind.code).toBe(0);
    expect(parse(read('indicators.yaml')).indicators.map((i: { id: string }) => i.id)).toContain('I11');
  });
  it('on a terminal, the project wizard offers its indicator in the same flow', async () => {
    rmSync(path.join(ws, 'projects/P01.yaml'));
    scripted.answers = {
      ...projectAnswers(),
      add_indicator: [true],
      id: ['P07', 'I7'],
      name_ar: ['مؤشر الماء'],
      name_fr: ['Ménages raccordés'],
      level: ['output'],
      unit: ['ménages'],
      baseline_value: ['0'],
      baseline_year: ['2021'],
      target: ['90'],
      target_year: ['2027'],
      frequency: ['annual'],
      responsible: [''],
    };
    const r = await runCli(['add', 'project', '-w', ws, '--lang', 'en'], { tty: true });
    expect(r.code).toBe(0);
    expect(scripted.seen.find((s) => s.id === 'add_indicator')!.message).toMatch(/Add the monitoring indicator of project P07 now\?/);
    // The project is already chosen: not asked again.
    expect(scripted.seen.filter((s) => s.id === 'project')).toEqual([]);
    const i7 = parse(read('indicators.yaml')).indicators.find((i: { id: string }) => i.id === 'I7');
    expect(i7).toMatchObject({ project: 'P07', unit: 'ménages', targets: { '2027': 90 } });
  });
});
