// The pretty report stays proportionate: each excerpt is a few lines around the position, long lines
// are cut around the column, a diagnostic about a whole file points at its first line, and the size of
// the report grows with the number of diagnostics, not with the size of the files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { pretty } from '../../src/reporters/pretty.js';
import type { Report } from '../../src/reporters/report.js';

const example = path.resolve(__dirname, '../../examples/oulmes');
let root: string;
let n = 0;
function ws(): string {
  const dir = path.join(root, `ws${++n}`);
  cpSync(example, dir, { recursive: true });
  return dir;
}
/** The report's lines about one file (its block, up to the blank line that ends it). */
function block(out: string, file: string): string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l.endsWith(file));
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plan-prop-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('pretty output stays proportionate', () => {
  it('a 36-line project missing two fields: two short excerpts, not the file twice', async () => {
    const dir = ws();
    const file = path.join(dir, 'projects', 'P01.yaml');
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => !/^(schedule|sector):/.test(l))
      .join('\n');
    writeFileSync(file, text);
    const r = await runCli(['validate', dir, '--lang', 'en'], { cwd: root });
    const b = block(r.stdout, 'projects/P01.yaml');
    expect(b.filter((l) => /PAC-SCH-003/.test(l))).toHaveLength(2);
    // Per diagnostic: its line, expected/found, at most 5 source lines and a marker line.
    expect(b.length).toBeLessThanOrEqual(1 + 2 * 9);
  });

  it('a 40,000-character line is cut around the position', async () => {
    const dir = ws();
    const file = path.join(dir, 'projects', 'P01.yaml');
    const long = 'x'.repeat(40_000);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^estimated_cost: .*$/m, `estimated_cost: "${long}"`));
    const r = await runCli(['validate', dir, '--lang', 'en'], { cwd: root });
    expect(r.stdout).toMatch(/PAC-SCH-001/);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThan(400);
    expect(r.stdout.length).toBeLessThan(20_000);
  });

  it('a 4.9 MB file with a file-level diagnostic: a report of a few lines, in well under a second of formatting', async () => {
    const dir = ws();
    const file = path.join(dir, 'projects', 'P01.yaml');
    const filler = Array.from({ length: 60_000 }, (_, i) => `# note ${i} ${'y'.repeat(70)}`).join('\n');
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => !/^(schedule|sector):/.test(l))
      .join('\n');
    writeFileSync(file, `${filler}\n${text}`);
    const r = await runCli(['validate', dir, '--lang', 'en', '--max-file-size', String(10 * 1024 * 1024)], { cwd: root });
    expect(r.stdout).toMatch(/PAC-SCH-003/);
    expect(r.stdout.length).toBeLessThan(10_000);
  }, 60_000);

  it('the report grows with the diagnostics, not with the file: 200 diagnostics on a 60,000-line file', () => {
    const source = Array.from({ length: 60_000 }, (_, i) => `k${i}: ${'v'.repeat(i % 3 === 0 ? 5000 : 20)}`).join('\n');
    const diagnostics = Array.from({ length: 200 }, (_, i) => ({
      file: 'big.yaml',
      code: 'PAC-SCH-001',
      severity: 'error' as const,
      message: 'm',
      path: [],
      line: 1 + i * 300,
      col: 1,
      endLine: 60_000,
      endCol: 5,
    }));
    const report: Report = {
      tool: { name: 'plan', version: '0' },
      lang: 'en',
      diagnostics,
      files: ['big.yaml'],
      workspaces: [],
      sources: { 'big.yaml': source },
      rules: [],
      failOn: 'error',
      color: false,
    };
    const t0 = performance.now();
    const out = pretty(report);
    expect(performance.now() - t0).toBeLessThan(5000);
    // At most 9 lines per diagnostic of at most ~180 characters each.
    expect(out.split('\n').length).toBeLessThan(200 * 9 + 10);
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThan(200);
    // Real line numbers in the excerpt.
    expect(out).toMatch(/> 59701 \| k59700:/);
  });
});
