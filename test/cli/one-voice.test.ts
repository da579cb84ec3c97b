// One voice in every output: prioritize and select report problems through the reporters of plan
// validate (same layout, code frame, the user's language), `--format json` is JSON whatever happens,
// phase commands describe themselves in words, and "all phases complete" is said only without errors.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { MINIMAL_DIR } from '../helpers/plan-builder.js';

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-voice-'));
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  return dir;
}
const badWeights = (dir: string) => {
  const f = path.join(dir, 'priorities.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('weight: 40', 'weight: 30'));
};

describe('prioritize and select speak as plan validate does', () => {
  it('a problem is shown as validate shows it: code, severity word in the user’s language, code frame', async () => {
    const dir = copy();
    badWeights(dir);
    const r = await runCli(['prioritize', dir, '--lang', 'fr'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^priorities\.yaml:10:16 +PAC-DEC-002 +erreur /m);
    expect(r.stdout).toMatch(/^ *> 10 \|/m);
    expect(r.stdout).not.toMatch(/ error /);
  });
  it('--format json prints the JSON report of validate when the inputs have errors', async () => {
    const dir = copy();
    badWeights(dir);
    for (const cmd of ['prioritize', 'select']) {
      const r = await runCli([cmd, dir, '--format', 'json', '--lang', 'en']);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout);
      expect(report.summary.errors).toBeGreaterThan(0);
      expect(report.diagnostics.map((d: { code: string }) => d.code)).toContain('PAC-DEC-002');
    }
  });
  it('select --format json on a plan that cannot be selected still prints JSON', async () => {
    const dir = copy();
    rmSync(path.join(dir, 'finance.yaml'));
    const r = await runCli(['select', dir, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatch(/finance/);
    const bad = await runCli(['select', dir, '--format', 'json', '--capacity', 'lots']);
    expect(() => JSON.parse(bad.stdout)).not.toThrow();
  });
});

describe('phase commands describe themselves in words', () => {
  it('plan add priority --help (and every phase command) has a sentence, not a catalogue key', async () => {
    const r = await runCli(['add', '--help']);
    expect(r.stdout).not.toMatch(/\badd\.(priority|project|axis)\b/);
    expect(r.stdout).toMatch(/priority \[options\] +add a priority/);
    for (const g of ['diagnosis', 'consult', 'adopt']) expect((await runCli([g, '--help'])).stdout).not.toMatch(new RegExp(`\\b${g}\\.[a-z-]+\\b`));
    const fr = await runCli(['add', 'priority', '--help'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(fr.stdout).toMatch(/ajouter une priorité/);
  });
});

describe('all phases complete', () => {
  it('is said only when there are no errors', async () => {
    const clean = await runCli(['validate', 'examples/oulmes', '--lang', 'en']);
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-phases-'));
    cpSync('examples/oulmes', dir, { recursive: true });
    const f = path.join(dir, 'commune.yaml');
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace(/women: (\d+)/, (_m, n) => `women: ${Number(n) + 1}`),
    );
    const broken = await runCli(['validate', dir, '--lang', 'en']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).not.toMatch(/All phases are complete/);
    if (clean.code === 0) expect(clean.stdout).toMatch(/All phases are complete/);
  });
});
