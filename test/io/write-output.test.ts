// Writing only what the user named, the way they named it: into devices and pipes, through links,
// keeping the mode; never over the plan being read; ordinary failures said plainly with exit 2; the
// temporary file of a killed write mentioned and cleaned by the next command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  chmodSync,
  renameSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { writeFileAtomic, WriteError, FileExistsError } from '../../src/io/atomic-write.js';
import { MINIMAL_DIR } from '../helpers/plan-builder.js';

let root: string;
let n = 0;
function ws(): string {
  const dir = path.join(root, `ws${++n}`);
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  return dir;
}
const validate = (...argv: string[]) => runCli(['validate', ...argv], { cwd: root, env: { LANG: 'fr_FR.UTF-8' } });

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plan-write-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('--output writes where it points', () => {
  it('through a symbolic link: the target is written, the link stays, the mode 0640 is kept', async () => {
    const dir = ws();
    const target = path.join(root, 'report-target.txt');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o640);
    const link = path.join(root, 'report-link.txt');
    symlinkSync(target, link);
    const r = await validate(dir, '--output', link, '--force', '--format', 'json');
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).tool.name).toBe('plan');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('into a FIFO: the reader gets the report, the FIFO stays a FIFO', async () => {
    const dir = ws();
    const fifo = path.join(root, `out${n}.fifo`);
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (b) => (got += b));
    const done = new Promise((r) => reader.on('close', r));
    const r = await validate(dir, '--output', fifo, '--force', '--format', 'json');
    await done;
    expect(r.code).toBe(0);
    expect(JSON.parse(got).tool.name).toBe('plan');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  }, 15_000);

  it('into a character device made with mknod (like /dev/full, /dev/null): it stays a device', async (ctx) => {
    const dev = path.join(root, `null${n}`);
    try {
      execFileSync('mknod', ['-m', '666', dev, 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      console.warn('write-output: mknod is not allowed here (needs CAP_MKNOD), device case skipped');
      ctx.skip();
    }
    const r = await validate(ws(), '--output', dev, '--force');
    expect(r.code).toBe(0);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
    // /dev/full-like: a device that refuses the write is an I/O error said plainly, and stays a device.
    const full = path.join(root, `full${n}`);
    execFileSync('mknod', ['-m', '666', full, 'c', '1', '7']);
    const f = await validate(ws(), '--output', full, '--force');
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/plus de place sur le disque/);
    expect(f.stderr).not.toMatch(/interne/i);
    expect(lstatSync(full).isCharacterDevice()).toBe(true);
  });

  it('plan render --out into a FIFO and through a link, like --output', async () => {
    const dir = path.join(root, `render${++n}`);
    cpSync(path.resolve(__dirname, '../../examples/oulmes'), dir, { recursive: true });
    const fifo = path.join(root, `doc${n}.fifo`);
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (b) => (got += b));
    const done = new Promise((r) => reader.on('close', r));
    const r = await runCli(['render', dir, '--format', 'html', '--out', fifo], { cwd: root });
    await done;
    expect(r.code, r.stderr).toBe(0);
    expect(got).toMatch(/^<!doctype html>/i);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const target = path.join(root, `doc${n}.html`);
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    const link = path.join(root, `doc-link${n}.html`);
    symlinkSync(target, link);
    expect((await runCli(['render', dir, '--format', 'html', '--out', link], { cwd: root })).code).toBe(2);
    const forced = await runCli(['render', dir, '--format', 'html', '--out', link, '--force'], { cwd: root });
    expect(forced.code, forced.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/i);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('refuses to write the report over a file of the workspace it reads, even with --force', async () => {
    const dir = ws();
    const plan = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    for (const out of [path.join(dir, 'plan.yaml'), path.join(dir, 'projects', 'new.yaml')]) {
      const r = await validate(dir, '--output', out, '--force');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Refus d’écrire le rapport/);
    }
    // Through a link, too.
    symlinkSync(path.join(dir, 'plan.yaml'), path.join(root, `plan-link${n}.txt`));
    expect((await validate(dir, '--output', path.join(root, `plan-link${n}.txt`), '--force')).code).toBe(2);
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(plan);
  });

  it('ordinary output errors are plain I/O errors (exit 2), never internal ones', async () => {
    const dir = ws();
    const existing = path.join(root, `existing${n}.txt`);
    writeFileSync(existing, 'x');
    const cases: Array<[string[], RegExp]> = [
      [['--output', existing], /existe : utilisez --force/],
      [['--output', path.join(existing, 'under.sarif')], /une partie du chemin est un fichier/],
      [['--output', '/proc/version', '--force'], /impossible de créer un fichier dans ce dossier/],
      [['--output', root, '--force'], /c’est un dossier/],
    ];
    for (const [args, msg] of cases) {
      const r = await validate(dir, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toMatch(/interne|EEXIST|ENOTDIR|mkdir/);
    }
  });

  it('writeFileAtomic throws typed errors the CLI can word', async () => {
    const f = path.join(root, `typed${n}.txt`);
    writeFileSync(f, 'x');
    await expect(writeFileAtomic(f, 'y')).rejects.toBeInstanceOf(FileExistsError);
    await expect(writeFileAtomic(path.join(f, 'x'), 'y')).rejects.toBeInstanceOf(WriteError);
  });
});

describe('edits of workspace files', () => {
  it('a symlinked finance.yaml is edited through the link: the shared target gets the edit', async () => {
    const dir = path.join(root, `oulmes${++n}`);
    cpSync(path.resolve(__dirname, '../../examples/oulmes'), dir, { recursive: true });
    const shared = path.join(dir, 'shared-finance.yaml');
    renameSync(path.join(dir, 'finance.yaml'), shared);
    symlinkSync('shared-finance.yaml', path.join(dir, 'finance.yaml'));
    chmodSync(shared, 0o640);
    const r = await runCli(
      ['add', 'partner', '-w', dir, '--id', 'LINKED', '--name-ar', 'شريك', '--name-fr', 'Partenaire', '--type', 'association', '--yes', '--lang', 'en'],
      { cwd: root },
    );
    // The only finding: a new partner changes the programme's inputs, so plan select is due again.
    expect(r.stderr.match(/\bPAC-[A-Z]{3}-\d{3}\b/g)).toEqual(['PAC-PRG-001']);
    expect(r.code).toBe(0);
    expect(lstatSync(path.join(dir, 'finance.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(shared, 'utf8')).toMatch(/id: LINKED/);
    expect(statSync(shared).mode & 0o777).toBe(0o640);
  });
});

describe('temporary files of a killed write', () => {
  it('plan validate mentions them and removes them; a live process’s temporary file is left alone', async () => {
    const dir = ws();
    // The pid of a process that has ended.
    const dead = spawnSyncPid();
    const stray = `.commune.yaml.${dead}.1700000000000.tmp`;
    const live = `.commune.yaml.${process.pid}.1700000000000.tmp`;
    writeFileSync(path.join(dir, stray), 'half');
    writeFileSync(path.join(dir, live), 'being written');
    const r = await runCli(['validate', dir, '--format', 'json', '--lang', 'en'], { cwd: root });
    const d = JSON.parse(r.stdout).diagnostics.filter((x: any) => x.code === 'PAC-FIL-008');
    expect(d).toHaveLength(1);
    expect(d[0].severity).toBe('warning');
    expect(d[0].message).toContain(stray);
    expect(readdirSync(dir)).not.toContain(stray);
    expect(readdirSync(dir)).toContain(live);
    unlinkSync(path.join(dir, live));
    // plan status says it too, and cleans it.
    writeFileSync(path.join(dir, stray), 'half');
    const st = await runCli(['status', dir, '--lang', 'en'], { cwd: root });
    expect(st.stderr).toContain(stray);
    expect(st.stderr).toMatch(/interrupted write/);
    expect(readdirSync(dir)).not.toContain(stray);
    // Said once: the next run finds nothing.
    const again = await runCli(['validate', dir, '--format', 'json', '--lang', 'en'], { cwd: root });
    expect(JSON.parse(again.stdout).diagnostics.filter((x: any) => x.code === 'PAC-FIL-008')).toEqual([]);
  });
});

function spawnSyncPid(): number {
  const out = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(out);
}
