// The publication steps after the visa (LO 113-14 art. 48; law 31-13 art. 10): phase 5's checklist holds
// them, the calendar dates them from the entry into force, `plan status` lists them as next actions, and
// `plan adopt publication` records them one at a time.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { MINIMAL_DIR, loadPlan } from '../helpers/plan-builder.js';
import { phaseStatus } from '../../src/core/plan/phases.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
// The minimal plan with only the decision summary posted.
function summaryOnly(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-pub-'));
  dirs.push(dir);
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  const f = path.join(dir, 'adoption.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace(/^publication: .*$/m, 'publication: { decision_summary_on: 2022-06-01, where: siège de la commune }'));
  return dir;
}
const json = async (dir: string, today: string) => JSON.parse((await runCli(['status', dir, '--today', today, '--format', 'json'])).stdout);
const PUB = ['decision_summary_on', 'plan_published_on', 'open_data_published_on'].map((k) => `adoption.yaml#publication.${k}`);

describe('the publication steps', () => {
  it('are phase 5 requirements after the visa: a plan not yet published is not done', () => {
    expect(phaseStatus(loadPlan())).toEqual({ current: 6, missing: [] });
    const p = loadPlan();
    delete p.adoption!.data.publication;
    expect(phaseStatus(p)).toEqual({ current: 5, missing: PUB });
  });
  it('plan status: the checklist after the visa, next actions with their command, due dates in the calendar', async () => {
    const dir = summaryOnly();
    const r = await json(dir, '2022-07-01');
    expect(r.current).toBe(5);
    const items = r.phases[4].items.map((i: { id: string; state: string }) => `${i.id}:${i.state}`);
    expect(items.slice(2, 6)).toEqual(['adoption.yaml#visa:done', `${PUB[0]}:done`, `${PUB[1]}:missing`, `${PUB[2]}:missing`]);
    expect(r.next).toEqual([
      { item: PUB[1], command: 'plan adopt publication --step plan' },
      { item: PUB[2], command: 'plan adopt publication --step open_data' },
    ]);
    // In force on the visa of 2022-05-24: due 30 days later (PAC-PUB-001 and PAC-PUB-002 days).
    const cal = Object.fromEntries(r.calendar.map((c: { id: string }) => [c.id, c]));
    expect(cal.decision_summary).toMatchObject({ date: '2022-06-23', recorded: '2022-06-01', met: true, unverified: true, basis: 'LO 113-14 art. 48' });
    expect(cal.publication).toMatchObject({ date: '2022-06-23', days_left: -8 });
    expect(cal.publication.recorded).toBeUndefined();
    expect(cal.open_data).toMatchObject({ date: '2022-06-23', basis: 'Law 31-13 art. 10', unverified: true });
    // The plan's own reading of the delay moves the due date.
    writeFileSync(path.join(dir, 'plan.yaml'), readFileSync(path.join(dir, 'plan.yaml'), 'utf8') + 'rules: { params: { PAC-PUB-002: { days: 90 } } }\n');
    const later = await json(dir, '2022-07-01');
    expect(later.calendar.find((c: { id: string }) => c.id === 'open_data').date).toBe('2022-08-22');
  });
  it('the text report, in French: the items, and the calendar line overdue', async () => {
    const out = (await runCli(['status', summaryOnly(), '--today', '2022-07-01', '--lang', 'fr'], { env: { PLAN_BIDI: 'none' } })).stdout;
    expect(out.split('\n')[0]).toMatch(/Phase en cours : 5 \(Adoption\)/);
    expect(out).toMatch(/\[ \] adoption\.yaml#publication\.open_data_published_on +Données du plan publiées en données ouvertes +· loi 31-13, art\. 10/);
    expect(out).toMatch(/2022-06-23 {2}Données du plan en données ouvertes \(portail national ou site de la commune\) — .*8 jours/);
  });
  it('plan adopt publication records one step at a time, keeps a recorded date unless --force, and the plan is done', async () => {
    const dir = summaryOnly();
    const adopt = (...a: string[]) => runCli(['adopt', 'publication', '-w', dir, '--lang', 'en', ...a]);
    expect((await adopt('--step', 'plan', '--date', '2022-06-15')).code).toBe(0);
    const bad = await adopt('--step', 'open_data', '--date', '2022-06-20', '--url', 'data.gov.ma');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--url .*Enter an address starting with https:\/\//);
    expect((await adopt('--step', 'open_data', '--date', '2022-06-20', '--url', 'https://data.gov.ma/dataset/pac-test')).code).toBe(0);
    const again = await adopt('--step', 'plan', '--date', '2022-06-16');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/publication\.plan_published_on already exists/);
    const text = readFileSync(path.join(dir, 'adoption.yaml'), 'utf8');
    expect(parse(text).publication).toEqual({
      decision_summary_on: '2022-06-01',
      where: 'siège de la commune',
      plan_published_on: '2022-06-15',
      open_data_published_on: '2022-06-20',
      open_data_url: 'https://data.gov.ma/dataset/pac-test',
    });
    expect(text).toMatch(/^# yaml-language-server/);
    const r = await json(dir, '2022-07-01');
    expect(r.current).toBe(6);
    expect(r.phases[4].complete).toBe(true);
  });
  it('a publication dated after today is not done yet', async () => {
    const r = await json(MINIMAL_DIR, '2022-06-10');
    const state = (id: string) => r.phases[4].items.find((i: { id: string }) => i.id === id).state;
    expect(PUB.map(state)).toEqual(['done', 'missing', 'missing']);
  });
});
