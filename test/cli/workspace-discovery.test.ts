// Where a command runs: from a subfolder of a workspace, every command finds the workspace above (as
// git does); outside any workspace, `plan validate` with no argument says so instead of scanning
// whatever lies around; a reader that closes the pipe early ends the output quietly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';

const repo = path.resolve(__dirname, '../..');
let root: string;
let ws: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plan-where-'));
  ws = path.join(root, 'commune');
  cpSync('test/fixtures/minimal', ws, { recursive: true });
  mkdirSync(path.join(ws, 'notes/deep'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('from a subfolder of a workspace', () => {
  it('validate, status, prioritize and select find the workspace above', async () => {
    const cwd = path.join(ws, 'projects');
    const v = await runCli(['validate', '--format', 'json'], { cwd });
    expect(v.code).toBeLessThan(2);
    expect(JSON.parse(v.stdout).summary.files).toBeGreaterThan(5);
    const s = await runCli(['status', '--format', 'json', '--today', '2022-01-01'], { cwd: path.join(ws, 'notes/deep') });
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).phases.length).toBe(5);
    const p = await runCli(['prioritize', '--dry-run', '--format', 'json'], { cwd });
    expect(p.stderr).not.toMatch(/Usage error/);
    expect(p.code).toBe(0);
  });
  it('add, edit and remove write into the workspace, not the subfolder', async () => {
    const cwd = path.join(ws, 'projects');
    const a = await runCli(['add', 'axis', '--id', 'AX7', '--title-ar', 'محور', '--title-fr', 'Axe sept', '--lang', 'en'], { cwd });
    expect(a.code).toBe(0);
    expect(parse(readFileSync(path.join(ws, 'priorities.yaml'), 'utf8')).axes.map((x: { id: string }) => x.id)).toContain('AX7');
    expect((await runCli(['edit', 'axis', 'AX7', '--set', 'title_fr=Axe 7', '--lang', 'en'], { cwd })).code).toBe(0);
    expect((await runCli(['remove', 'axis', 'AX7', '--lang', 'en'], { cwd })).code).toBe(0);
  });
});

describe('outside any workspace', () => {
  it('plan validate with no argument says so (exit 2) and checks nothing around it', async () => {
    // `root` holds a workspace one level down: it used to be scanned.
    const r = await runCli(['validate', '--lang', 'en'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No plan workspace \(plan\.yaml\) in .* or above it/);
    expect(r.stdout).toBe('');
    // Named explicitly, a folder of workspaces is still checked.
    expect((await runCli(['validate', '.', '--format', 'json'], { cwd: root })).stdout).toMatch(/"files"/);
  });
});

describe('a closed pipe', () => {
  it.each([['prioritize'], ['select']])('plan %s | head ends quietly, without EPIPE or a stack trace', (cmd) => {
    const r = spawnSync('sh', ['-c', `node ${path.join(repo, 'bin/plan.js')} ${cmd} "${ws}" --dry-run | head -c 10 >/dev/null`], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    expect(r.stderr).not.toMatch(/EPIPE|Error|at .*\.js:\d+/);
  });
  it('a stdout that fails with EPIPE on the first write (the reader has gone) ends the command without an error', async () => {
    const { Writable, PassThrough } = await import('node:stream');
    const { main } = await import('../../src/cli/main.js');
    let errors = 0;
    const stdout = new Writable({
      write(_chunk, _enc, cb) {
        errors++;
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    let stderr = '';
    const code = await main(['prioritize', ws, '--dry-run'], {
      stdout,
      stderr: { write: (s: string) => (stderr += s) },
      stdin: new PassThrough(),
      env: { NO_COLOR: '1', LANG: 'en_US.UTF-8' },
      cwd: ws,
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(errors).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
