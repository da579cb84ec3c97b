// `plan prioritize` through the CLI: ranking written back with comments kept, dry run, bad input with positions.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { MINIMAL_DIR } from '../helpers/plan-builder.js';

function copy(src = MINIMAL_DIR): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-prio-'));
  cpSync(src, dir, { recursive: true });
  return dir;
}
const edit = (dir: string, f: (s: string) => string) =>
  writeFileSync(path.join(dir, 'priorities.yaml'), f(readFileSync(path.join(dir, 'priorities.yaml'), 'utf8')));

describe('plan prioritize (CLI)', () => {
  it('ranks, prints the table and sensitivity, and writes weighted_score and rank with comments kept', async () => {
    const dir = copy();
    const r = await runCli(['prioritize', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sensitivity');
    const text = readFileSync(path.join(dir, 'priorities.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server')).toBe(true);
    // PRI1: beneficiaries 4/5 (weight 60), urgency 5/5 (weight 40) → 100·(60·0.8 + 40·1)/100 = 88
    expect(parse(text).priorities[0]).toMatchObject({ weighted_score: 88, rank: 1 });
  });

  it('shows the change without writing it with --dry-run', async () => {
    const dir = copy();
    const before = readFileSync(path.join(dir, 'priorities.yaml'), 'utf8');
    const r = await runCli(['prioritize', dir, '--dry-run', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+    weighted_score: 88');
    expect(readFileSync(path.join(dir, 'priorities.yaml'), 'utf8')).toBe(before);
  });

  it('reports weights that do not add up and scores off their scale, at file:line:col', async () => {
    const dir = copy();
    edit(dir, (s) => s.replace('weight: 40', 'weight: 30').replace('urgency: 5 }', 'urgency: 7 }'));
    const r = await runCli(['prioritize', dir, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/priorities\.yaml:10:16 +PAC-DEC-002 +error +.*90, not 100/);
    expect(r.stdout).toMatch(/priorities\.yaml:18:\d+ +PAC-DEC-004 +error +.*7 on urgency/);
  });

  it('names an unknown criterion and suggests the closest', async () => {
    const dir = copy();
    edit(dir, (s) => s.replace('urgency: 5 }', 'urgncy: 5 }'));
    const r = await runCli(['prioritize', dir, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Did you mean "urgency"?');
    expect(r.stdout).toContain('PAC-DEC-005');
  });

  it('writes the practice criteria with comments into a file that has none, and refuses when it has some', async () => {
    const dir = copy();
    edit(dir, (s) => s.replace(/criteria:\n( {2}- .*\n)+weights_total: 100\n/, '').replace(/ {4}scores: .*\n/, ''));
    const r = await runCli(['prioritize', dir, '--init-criteria', '--lang', 'fr']);
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, 'priorities.yaml'), 'utf8');
    const data = parse(text);
    expect(data.criteria.map((c: { id: string }) => c.id)).toContain('gender_equity');
    expect(data.criteria.reduce((s: number, c: { weight: number }) => s + c.weight, 0)).toBe(data.weights_total);
    expect(text).toMatch(/# Critères de priorisation/);
    expect((await runCli(['prioritize', dir, '--init-criteria'])).code).toBe(2);
  });

  it('counts the survey answers a priority declares (survey_choices) as citizen support', async () => {
    const dir = copy(path.join(path.resolve(__dirname, '../..'), 'examples/oulmes'));
    const r = await runCli(['prioritize', dir, '--lang', 'en', '--format', 'json']);
    expect(r.code).toBe(0);
    const data = parse(readFileSync(path.join(dir, 'priorities.yaml'), 'utf8'));
    const soutien = (id: string) => data.priorities.find((p: { id: string }) => p.id === id).scores.soutien;
    // PRI05 (water) has the most workshop votes and the largest survey share (eau 131 of 412): the top of the scale.
    expect(soutien('PRI05')).toBe(5);
    // Without its survey link, PRI07 keeps only its votes, so its support falls.
    const withLink = soutien('PRI07');
    edit(dir, (s) => s.replace(/( {2}- id: PRI07\n(?: {4}.*\n)*?) {4}survey_choices: .*\n/, '$1'));
    expect((await runCli(['prioritize', dir, '--lang', 'en'])).code).toBe(0);
    expect(parse(readFileSync(path.join(dir, 'priorities.yaml'), 'utf8')).priorities.find((p: { id: string }) => p.id === 'PRI07').scores.soutien).toBeLessThan(
      withLink,
    );
  });

  it('reports a survey link that names nothing at its position, and refuses one on the command line', async () => {
    const dir = copy(path.join(path.resolve(__dirname, '../..'), 'examples/oulmes'));
    edit(dir, (s) => s.replace('choice: routes }', 'choice: route }'));
    const r = await runCli(['prioritize', dir, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/priorities\.yaml:\d+:\d+ +PAC-DEC-007 +error +Choice route is not an answer of this question \(did you mean routes\?\)/);
    const cli = await runCli([
      'prioritize',
      copy(path.join(path.resolve(__dirname, '../..'), 'examples/oulmes')),
      '--lang',
      'en',
      '--survey-choice',
      'PRI05=S2.besoin_prioritaire.eau',
    ]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('Survey S2 is not in consultations.yaml (did you mean S1?)');
  });
});
