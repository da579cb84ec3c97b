// Two commands at once lose nothing: real processes (node bin/plan.js), started together on one
// workspace. Every edit takes the workspace lock and re-reads the file under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const repo = path.resolve(__dirname, '../..');
const bin = path.join(repo, 'bin/plan.js');
const example = path.join(repo, 'examples/oulmes');
let root: string;

interface Done {
  code: number;
  stdout: string;
  stderr: string;
}

function plan(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Done> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (b) => (stdout += b));
    p.stderr.on('data', (b) => (stderr += b));
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const addPartner = (ws: string, id: string) =>
  plan(['add', 'partner', '-w', ws, '--id', id, '--name-ar', 'شريك', '--name-fr', `Partenaire ${id}`, '--type', 'association', '--yes', '--lang', 'en']);

const partnerIds = (ws: string): string[] => (parse(readFileSync(path.join(ws, 'finance.yaml'), 'utf8')).partners as Array<{ id: string }>).map((p) => p.id);

function copy(name: string): string {
  const ws = path.join(root, name);
  cpSync(example, ws, { recursive: true });
  return ws;
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plan-concurrent-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('concurrent edits of one workspace', () => {
  it('20 pairs of `plan add partner` started together: all 40 partners are there', async () => {
    const ws = copy('pairs');
    for (let i = 0; i < 20; i++) {
      const [a, b] = await Promise.all([addPartner(ws, `PA${i}`), addPartner(ws, `PB${i}`)]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
    }
    const ids = partnerIds(ws);
    for (let i = 0; i < 20; i++) expect(ids).toEqual(expect.arrayContaining([`PA${i}`, `PB${i}`]));
    expect(existsSync(path.join(ws, '.plan.lock'))).toBe(false);
  }, 400_000);

  it('two edits of the same entry: one lands, the other is refused clearly', async () => {
    const ws = copy('same');
    const [a, b] = await Promise.all([addPartner(ws, 'SAME'), addPartner(ws, 'SAME')]);
    expect([a.code, b.code].sort()).toEqual([0, 2]);
    const refused = a.code === 2 ? a : b;
    expect(refused.stderr).toMatch(/SAME/);
    expect(partnerIds(ws).filter((id) => id === 'SAME')).toHaveLength(1);
  }, 60_000);

  it('plan select and plan add partner together: the programme and the partner both land', async () => {
    const ws = copy('select');
    // A note above the generated block survives; the block says at its top that it is generated.
    writeFileSync(
      path.join(ws, 'finance.yaml'),
      readFileSync(path.join(ws, 'finance.yaml'), 'utf8').replace(/^programme:/m, '# NOTE-ABOVE-PROGRAMME\nprogramme:'),
    );
    const before = readFileSync(path.join(ws, 'finance.yaml'), 'utf8');
    const [s, a] = await Promise.all([plan(['select', ws, '--capacity', '-15%', '--lang', 'en']), addPartner(ws, 'WITHSELECT')]);
    expect(s.code, s.stderr).toBe(0);
    expect(a.code, a.stderr).toBe(0);
    const after = readFileSync(path.join(ws, 'finance.yaml'), 'utf8');
    expect(partnerIds(ws)).toContain('WITHSELECT');
    expect(after).not.toBe(before);
    expect(parse(after).programme.generated_by).toMatch(/capacity/);
    expect(after).toMatch(/# NOTE-ABOVE-PROGRAMME\nprogramme:\n {2}# Bloc généré par plan select/);
  }, 120_000);
});

describe('the lock file', () => {
  it('a lock left by a process that is gone is taken over', async () => {
    const ws = copy('stale');
    writeFileSync(
      path.join(ws, '.plan.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), command: 'plan add partner (killed)', since: new Date().toISOString() }),
    );
    const r = await addPartner(ws, 'AFTERSTALE');
    expect(r.code, r.stderr).toBe(0);
    expect(partnerIds(ws)).toContain('AFTERSTALE');
    expect(existsSync(path.join(ws, '.plan.lock'))).toBe(false);
  }, 60_000);

  it('a lock held by a live command makes the next one wait, then give up naming the holder (exit 2)', async () => {
    const ws = copy('busy');
    const lock = { pid: process.pid, host: hostname(), command: 'plan select (test holder)', since: new Date().toISOString() };
    writeFileSync(path.join(ws, '.plan.lock'), JSON.stringify(lock));
    const t0 = Date.now();
    const r = await plan(
      ['add', 'partner', '-w', ws, '--id', 'WAITS', '--name-ar', 'شريك', '--name-fr', 'P', '--type', 'association', '--yes', '--lang', 'en'],
      { PLAN_LOCK_TIMEOUT: '1' },
    );
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(String(process.pid));
    expect(r.stderr).toContain('plan select (test holder)');
    expect(r.stderr).not.toMatch(/internal|interne/i);
    expect(partnerIds(ws)).not.toContain('WAITS');
    // The holder's lock is not removed by the one that gave up.
    expect(JSON.parse(readFileSync(path.join(ws, '.plan.lock'), 'utf8')).pid).toBe(process.pid);
  }, 60_000);
});
