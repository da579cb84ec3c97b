// `plan validate` through the CLI, in-process: exit codes, every format, languages, flags.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { MINIMAL_DIR } from '../helpers/plan-builder.js';

const repo = path.resolve(__dirname, '../..');

function brokenCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-cli-'));
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  const commune = readFileSync(path.join(dir, 'commune.yaml'), 'utf8').replace('type: rural', 'type: rurale');
  writeFileSync(path.join(dir, 'commune.yaml'), commune);
  return dir;
}

describe('plan validate (CLI)', () => {
  it('exits 0 on a clean plan and says so', async () => {
    const r = await runCli(['validate', MINIMAL_DIR]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/No problems|Aucun problème/);
  });

  it('exits 1 on errors, with file:line:col, code, expected and found', async () => {
    const dir = brokenCopy();
    const r = await runCli(['validate', dir, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('commune.yaml:3:7');
    expect(r.stdout).toContain('PAC-SCH-001');
    expect(r.stdout).toContain('urban | rural');
    expect(r.stdout).toContain('"rurale"');
    expect(r.stdout).not.toMatch(/\bat .+\.js:\d+/); // no stack trace
  });

  it('exits 2 on a usage error', async () => {
    expect((await runCli(['validate', '--format', 'xml', MINIMAL_DIR])).code).toBe(2);
    expect((await runCli(['validate', '--fail-on', 'info', MINIMAL_DIR])).code).toBe(2);
    expect((await runCli(['validate', '--param', 'nonsense', MINIMAL_DIR])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('--fail-on warning turns warnings into a failing exit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-cli-'));
    cpSync(MINIMAL_DIR, dir, { recursive: true });
    // A project without a PDR link or reason is a warning (PAC-PDR-001), not an error.
    const p = readFileSync(path.join(dir, 'projects/P01.yaml'), 'utf8').replace(/^pdr_link:.*$/m, '');
    writeFileSync(path.join(dir, 'projects/P01.yaml'), p);
    const plain = await runCli(['validate', dir, '--format', 'json']);
    const diags = JSON.parse(plain.stdout).diagnostics as Array<{ severity: string }>;
    expect(diags.length).toBeGreaterThan(0);
    expect(diags.every((d) => d.severity !== 'error')).toBe(true);
    expect(plain.code).toBe(0);
    expect((await runCli(['validate', dir, '--fail-on', 'warning'])).code).toBe(1);
  });

  it.each(['json', 'sarif', 'junit', 'github', 'pretty'])('format %s on a broken plan', async (format) => {
    const dir = brokenCopy();
    const r = await runCli(['validate', dir, '--format', format], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('PAC-SCH-001');
    if (format === 'json') expect(JSON.parse(r.stdout).diagnostics[0]).toMatchObject({ file: 'commune.yaml', line: 3, col: 7 });
    if (format === 'sarif')
      expect(JSON.parse(r.stdout).runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 7 });
    if (format === 'junit') expect(r.stdout).toMatch(/^<\?xml/);
    if (format === 'github') expect(r.stdout).toMatch(/^::error file=commune\.yaml,line=3,col=7/m);
  });

  it('speaks Arabic, French and English, and takes the default from plan.yaml', async () => {
    const dir = brokenCopy();
    const ar = await runCli(['validate', dir, '--lang', 'ar']);
    expect(ar.stdout).toContain('قيمة غير مقبولة');
    const fr = await runCli(['validate', dir]); // plan.yaml says lang: fr
    expect(fr.stdout).toContain('Valeur non admise');
    const en = await runCli(['validate', dir, '--lang', 'en']);
    expect(en.stdout).toContain('Value not allowed');
  });

  it('respects NO_COLOR and colours a terminal otherwise', async () => {
    const dir = brokenCopy();
    const plain = await runCli(['validate', dir], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const coloured = await runCli(['validate', dir], { tty: true, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[/);
  });

  it('--quiet shows only what fails the run', async () => {
    const dir = brokenCopy();
    const p = readFileSync(path.join(dir, 'projects/P01.yaml'), 'utf8').replace(/^pdr_link:.*$/m, '');
    writeFileSync(path.join(dir, 'projects/P01.yaml'), p);
    const all = JSON.parse((await runCli(['validate', dir, '--format', 'json'])).stdout).diagnostics;
    const quiet = JSON.parse((await runCli(['validate', dir, '--format', 'json', '--quiet'])).stdout).diagnostics;
    expect(all.some((d: any) => d.severity === 'warning')).toBe(true);
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet.every((d: any) => d.severity === 'error')).toBe(true);
  });

  it('--output writes atomically and refuses to overwrite without --force', async () => {
    const dir = brokenCopy();
    const out = path.join(dir, 'report.sarif');
    expect((await runCli(['validate', dir, '--format', 'sarif', '--output', out])).code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
    const again = await runCli(['validate', dir, '--format', 'sarif', '--output', out]);
    expect(again.code).toBe(2);
    expect((await runCli(['validate', dir, '--format', 'sarif', '--output', out, '--force'])).code).toBe(1);
    expect(existsSync(out)).toBe(true);
  });

  it('--param and --disable override plan.yaml; plan.yaml overrides the defaults', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-cli-'));
    cpSync(MINIMAL_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'plan.yaml'), readFileSync(path.join(dir, 'plan.yaml'), 'utf8').replace('end_year: 2027', 'end_year: 2026'));
    const codes = async (...extra: string[]) =>
      JSON.parse((await runCli(['validate', dir, '--format', 'json', ...extra])).stdout).diagnostics.map((d: any) => d.code);
    expect(await codes()).toContain('PAC-PER-001');
    expect(await codes('--param', 'PAC-PER-001.years=5')).not.toContain('PAC-PER-001');
    expect(await codes('--disable', 'PAC-PER-001')).not.toContain('PAC-PER-001');
  });

  it('validates the examples shipped in the repository', async () => {
    for (const ex of ['oulmes', 'khemisset']) {
      const r = await runCli(['validate', path.join(repo, 'examples', ex), '--format', 'json']);
      expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
      expect(r.code).toBe(0);
    }
  });
});

describe('plan rules (CLI)', () => {
  it('lists every rule as a table and as JSON', async () => {
    const table = await runCli(['rules', '--lang', 'en']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^PAC-PER-001\s+error\s+1\s+LO 113-14 art\. 78/m);
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout);
    const per = json.rules.find((r: any) => r.code === 'PAC-PER-001');
    expect(per).toMatchObject({ severity: 'error', basis: 'LO 113-14 art. 78', params: { years: { default: 6 } } });
    expect(Object.keys(per.title)).toEqual(['ar', 'fr', 'en']);
  });
});

describe('plan validate rule flags', () => {
  const minimal = path.resolve(__dirname, '../fixtures/minimal');
  it('a bad --param value is a usage error naming the parameter', async () => {
    const r = await runCli(['validate', minimal, '--param', 'PAC-FIN-002.tolerance_mad=abc', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PAC-FIN-002.tolerance_mad');
    expect(r.stderr).toContain('a number ≥ 0');
  });
  it('misspelt parameter names and unknown codes are usage errors with a did-you-mean', async () => {
    const a = await runCli(['validate', minimal, '--param', 'PAC-FIN-002.tolerence_mad=3', '--lang', 'en']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('Did you mean "tolerance_mad"?');
    const b = await runCli(['validate', minimal, '--disable', 'PAC-FIN-02', '--lang', 'fr']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('PAC-FIN-002');
    const c = await runCli(['validate', minimal, '--param', 'PAC-FIN-092.tolerance_mad=3', '--lang', 'en']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('PAC-FIN-092');
  });
  it('valid flags still pass', async () => {
    const r = await runCli(['validate', minimal, '--param', 'PAC-FIN-002.tolerance_mad=100', '--disable', 'PAC-GEN-004']);
    expect(r.code).toBe(0);
  });
});
