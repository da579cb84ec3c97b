// `plan select` through the CLI on the minimal plan and both examples: programme written, deterministic,
// accepted by the checks; what-ifs; infeasible sets and unknown ids reported.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { checkWorkspace } from '../../src/io/check-workspace.js';
import { MINIMAL_DIR } from '../helpers/plan-builder.js';

const repo = path.resolve(__dirname, '../..');
const WORKSPACES = [MINIMAL_DIR, path.join(repo, 'examples/oulmes'), path.join(repo, 'examples/khemisset')];

function copy(src: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-select-'));
  cpSync(src, dir, { recursive: true });
  return dir;
}

describe('plan select (CLI)', () => {
  it.each(WORKSPACES)('prioritize then select write a ranked, financed, explained programme the checks accept: %s', async (src) => {
    const dir = copy(src);
    expect((await runCli(['prioritize', dir, '--lang', 'en'])).code).toBe(0);
    const r = await runCli(['select', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const fin = parse(readFileSync(path.join(dir, 'finance.yaml'), 'utf8'));
    expect(fin.programme.lines.length).toBeGreaterThan(0);
    expect(fin.programme.generated_by).toMatch(/^plan select /);
    const prio = parse(readFileSync(path.join(dir, 'priorities.yaml'), 'utf8'));
    expect(prio.priorities.every((p: { rank?: number }) => Number.isInteger(p.rank))).toBe(true);
    // Every line of a selected project sums to its cost: the programme is fully financed.
    const byProject = new Map<string, number>();
    for (const l of fin.programme.lines) byProject.set(l.project, (byProject.get(l.project) ?? 0) + l.amount);
    for (const [id, total] of byProject) expect(total).toBe(parse(readFileSync(path.join(dir, 'projects', `${id}.yaml`), 'utf8')).estimated_cost);
    // The checks find nothing wrong in what the two commands wrote.
    const checked = await checkWorkspace(dir, { lang: 'en' });
    const ours = checked.diagnostics.filter(
      (d) =>
        (d.file.endsWith('finance.yaml') && d.path[0] === 'programme') ||
        (d.file.endsWith('priorities.yaml') && ['weighted_score', 'rank'].includes(String(d.path[2]))),
    );
    expect(ours).toEqual([]);
    expect(checked.plan.invalid.has('finance')).toBe(false);
    expect(checked.plan.invalid.has('priorities')).toBe(false);
  });

  it('gives the same output and file, byte for byte, on the same input', async () => {
    const a = copy(path.join(repo, 'examples/oulmes'));
    const b = copy(path.join(repo, 'examples/oulmes'));
    const args = ['--lang', 'fr', '--format', 'json', '--capacity', '-25%'];
    const ra = await runCli(['select', a, ...args]);
    const rb = await runCli(['select', b, ...args]);
    expect(ra.code).toBe(0);
    expect(ra.stdout.replaceAll(a, '')).toBe(rb.stdout.replaceAll(b, ''));
    expect(readFileSync(path.join(a, 'finance.yaml'), 'utf8')).toBe(readFileSync(path.join(b, 'finance.yaml'), 'utf8'));
  });

  it('runs what-ifs: less capacity leaves needs unfunded with bilingual reasons, --exclude keeps a project out', async () => {
    const dir = copy(path.join(repo, 'examples/oulmes'));
    const r = await runCli(['select', dir, '--lang', 'en', '--capacity', '-25%', '--exclude', 'P21', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.unfunded.find((u: { id: string }) => u.id === 'P21').kind).toBe('excluded');
    const capped = out.unfunded.find((u: { kind: string }) => u.kind === 'constraint');
    expect(capped.why).toMatch(/exceed/);
    const fin = parse(readFileSync(path.join(dir, 'finance.yaml'), 'utf8'));
    const reason = fin.programme.unfunded.find((u: { project: string }) => u.project === capped.id).reason;
    expect(reason.ar.length).toBeGreaterThan(0);
    expect(reason.fr).toMatch(/dépasserait|dépend|incompatible|part/);
    expect(fin.programme.generated_by).toContain('--capacity -25%');
  });

  it('names the smallest conflicting set when nothing is feasible, with positions, and writes nothing', async () => {
    const dir = copy(path.join(repo, 'examples/oulmes'));
    const before = readFileSync(path.join(dir, 'finance.yaml'), 'utf8');
    const r = await runCli(['select', dir, '--lang', 'en', '--capacity', '-60%'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /finance\.yaml:\d+:\d+ +PAC-DEC-010 +error +No programme meets every constraint\. Smallest conflicting set: .*investment capacity in \d{4} is .* short.*required/,
    );
    expect(r.stdout).toMatch(/projects\/P\d+\.yaml:\d+:\d+ +PAC-DEC-010 +info +part of the conflict: P\d+ required/);
    expect(readFileSync(path.join(dir, 'finance.yaml'), 'utf8')).toBe(before);
  });

  it('refuses unknown project ids in --require and --exclude, with a suggestion', async () => {
    const r = await runCli(['select', copy(MINIMAL_DIR), '--require', 'P1', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean P01?');
    expect((await runCli(['select', copy(MINIMAL_DIR), '--exclude', 'P01', '--require', 'P01'])).code).toBe(2);
    expect((await runCli(['select', copy(MINIMAL_DIR), '--sector-share', 'educaton=0.1:'])).code).toBe(2);
  });

  it('with --time-limit, returns the best programme found, says it is not proven, and records the gap', async () => {
    const { generateSelectWorkspace } = await import('../../bench/select-generate.mjs');
    const dir = generateSelectWorkspace(path.join(mkdtempSync(path.join(tmpdir(), 'plan-select-tl-')), 'ws'), { projects: 200 });
    const before = readFileSync(path.join(dir, 'finance.yaml'), 'utf8');
    // Far too short to find anything: a clear message, exit 1, nothing written.
    const none = await runCli(['select', dir, '--lang', 'en', '--format', 'json', '--time-limit', '0.000001', '--explain', 'check']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/The search stopped at the time limit \(0\.000001 s\) before finding any programme .* nothing was written/);
    expect(readFileSync(path.join(dir, 'finance.yaml'), 'utf8')).toBe(before);
    const r = await runCli(['select', dir, '--lang', 'en', '--format', 'json', '--time-limit', '1', '--explain', 'check']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const fin = parse(readFileSync(path.join(dir, 'finance.yaml'), 'utf8'));
    if (out.status === 'feasible') {
      expect(r.stderr).toMatch(/The search stopped at the time limit \(1 s\) before proving the optimum: this programme’s value is at most [\d.]+ % below/);
      expect(out.gap).toBeGreaterThan(0);
      expect(fin.programme.optimality_gap).toBeGreaterThanOrEqual(out.gap);
      expect(fin.programme.optimality_gap).toBeLessThan(out.gap + 1e-6);
      expect(fin.programme.generated_by).toMatch(/time limit 1 s, gap ≤ [\d.]+ %/);
    } else {
      expect(out.status).toBe('optimal');
      expect(fin.programme.optimality_gap).toBeUndefined();
    }
    expect(out.value_bound).toBeGreaterThanOrEqual(out.objective);
    const checked = await checkWorkspace(dir, { lang: 'en' });
    expect(checked.diagnostics.filter((d) => d.file.endsWith('finance.yaml') && d.path[0] === 'programme')).toEqual([]);
    expect(checked.plan.invalid.has('finance')).toBe(false);
    expect((await runCli(['select', dir, '--time-limit', 'soon'])).code).toBe(2);
    expect((await runCli(['select', dir, '--time-limit', '-1'])).code).toBe(2);
  });

  it('applies the share rules of finance.yaml (selection), reports a bad one at its position, and lets the command line override', async () => {
    const dir = copy(path.join(repo, 'examples/oulmes'));
    const r = await runCli(['select', dir, '--lang', 'en', '--format', 'json', '--dry-run']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const total = out.programme.reduce((s: number, p: { cost: number }) => s + p.cost, 0);
    const fin = parse(readFileSync(path.join(dir, 'finance.yaml'), 'utf8'));
    const rule = fin.selection.territory_shares.find((t: { territory: string }) => t.territory === 'rural');
    // Some project is left out because of the rural minimum, and says so.
    const byRural = out.unfunded.filter((u: { violations?: Array<{ group: { kind: string; key: string } }> }) =>
      u.violations?.some((v) => v.group.kind === 'share' && v.group.key === 'rural'),
    );
    expect(byRural.length).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(0);
    expect(rule.min).toBeGreaterThan(0);
    // On the command line, the same key wins: with no real minimum, every project fits again.
    const loose = JSON.parse((await runCli(['select', dir, '--lang', 'en', '--format', 'json', '--dry-run', '--territory-share', 'rural=0:'])).stdout);
    expect(loose.unfunded.filter((u: { kind: string }) => u.kind === 'constraint')).toHaveLength(0);
    // A territory that names nothing: PAC-DEC-008 at its line, nothing written.
    writeFileSync(
      path.join(dir, 'finance.yaml'),
      readFileSync(path.join(dir, 'finance.yaml'), 'utf8').replace('territory: rural, min', 'territory: rurale, min'),
    );
    const before = readFileSync(path.join(dir, 'finance.yaml'), 'utf8');
    const bad = await runCli(['select', dir, '--lang', 'en'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /finance\.yaml:\d+:\d+ +PAC-DEC-008 +error +Territory rurale is neither rural, urban nor a locality id \(did you mean rural\?\)/,
    );
    expect(readFileSync(path.join(dir, 'finance.yaml'), 'utf8')).toBe(before);
    // A minimum above its maximum: PAC-DEC-008 at the minimum.
    writeFileSync(
      path.join(dir, 'finance.yaml'),
      before
        .replace('territory: rurale, min', 'territory: rural, min')
        .replace('{ sector: governance, max: 0.05 }', '{ sector: governance, min: 0.2, max: 0.05 }'),
    );
    const inverted = await runCli(['select', dir, '--lang', 'en'], { cwd: dir });
    expect(inverted.code).toBe(1);
    expect(inverted.stdout).toMatch(/finance\.yaml:\d+:\d+ +PAC-DEC-008 +error +The minimum share of governance is above its maximum/);
  });
});
