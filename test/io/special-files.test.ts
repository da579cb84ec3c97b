// Reading never hangs and never grows without bound: FIFOs, devices, sockets, folders, link loops and
// /dev/zero where a plan file is expected are said in words (exit 2); UTF-16, unknown tags and any
// nesting depth are reported at their position with a bounded excerpt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { readRegular, readSource } from '../../src/io/read-source.js';
import { MINIMAL_DIR } from '../helpers/plan-builder.js';

let root: string;
let n = 0;

/** A fresh copy of the minimal workspace. */
function ws(): string {
  const dir = path.join(root, `ws${++n}`);
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  return dir;
}

const json = (stdout: string) =>
  JSON.parse(stdout) as { diagnostics: Array<{ file: string; code: string; message: string; line?: number; col?: number; found?: string }> };
const validate = (dir: string, ...extra: string[]) => runCli(['validate', dir, '--format', 'json', '--lang', 'en', ...extra], { cwd: root });
const mkfifo = (p: string) => execFileSync('mkfifo', [p]);

function canMknod(): boolean {
  try {
    const p = path.join(root, 'probe-node');
    execFileSync('mknod', [p, 'c', '1', '5'], { stdio: 'ignore' });
    unlinkSync(p);
    return true;
  } catch {
    return false;
  }
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plan-special-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('special files where a plan file is expected', () => {
  it('a FIFO at commune.yaml: no hang, a diagnostic that says FIFO, exit 2', async () => {
    const dir = ws();
    unlinkSync(path.join(dir, 'commune.yaml'));
    mkfifo(path.join(dir, 'commune.yaml'));
    const r = await validate(dir);
    expect(r.code).toBe(2);
    const d = json(r.stdout).diagnostics.find((x) => x.file.endsWith('commune.yaml'))!;
    expect(d.code).toBe('PAC-FIL-007');
    expect(d.message).toMatch(/named pipe \(FIFO\)/);
  }, 15_000);

  it('a link to /dev/zero is refused as leading out of the workspace; allowed there, it is a device, read not at all', async () => {
    const dir = ws();
    unlinkSync(path.join(dir, 'commune.yaml'));
    symlinkSync('/dev/zero', path.join(dir, 'commune.yaml'));
    const before = process.memoryUsage().rss;
    let r = await validate(dir);
    expect(json(r.stdout).diagnostics.find((x) => x.file.endsWith('commune.yaml'))!.code).toBe('PAC-FIL-009');
    r = await validate(dir, '--allow-outside', '/dev');
    expect(r.code).toBe(2);
    const d = json(r.stdout).diagnostics.find((x) => x.file.endsWith('commune.yaml'))!;
    expect(d.code).toBe('PAC-FIL-007');
    expect(d.message).toMatch(/device/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  }, 15_000);

  it('reads are capped at the limit whatever stat says (/proc files report size 0; /dev/urandom never ends)', () => {
    const r = readSource('/proc/self/status', 100);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ key: 'file.tooLarge', max: 100 });
    expect(readRegular('/dev/urandom', 1000)).toEqual({ ok: false, problem: { key: 'file.notRegular', kind: 'device' } });
  });

  it.runIf(true)(
    'a device node made with mknod in the workspace',
    async (ctx) => {
      if (!canMknod()) {
        console.warn('special-files: mknod is not allowed here (needs CAP_MKNOD), device node case skipped');
        ctx.skip();
      }
      const dir = ws();
      unlinkSync(path.join(dir, 'commune.yaml'));
      execFileSync('mknod', [path.join(dir, 'commune.yaml'), 'c', '1', '5']); // like /dev/zero
      const r = await validate(dir);
      expect(r.code).toBe(2);
      expect(json(r.stdout).diagnostics.find((x) => x.file.endsWith('commune.yaml'))!.message).toMatch(/device/);
    },
    15_000,
  );

  it('a socket, a folder and a symbolic link loop are each said in words, exit 2', async () => {
    const dir = ws();
    unlinkSync(path.join(dir, 'commune.yaml'));
    mkdirSync(path.join(dir, 'commune.yaml'));
    mkdirSync(path.join(dir, 'projects'), { recursive: true });
    const server = net.createServer().listen(path.join(dir, 'projects', 'P98.yaml'));
    await new Promise((r) => server.once('listening', r));
    symlinkSync('P97.yaml', path.join(dir, 'projects', 'P96.yaml'));
    symlinkSync('P96.yaml', path.join(dir, 'projects', 'P97.yaml'));
    try {
      const r = await validate(dir);
      expect(r.code).toBe(2);
      const ds = json(r.stdout).diagnostics;
      const msg = (f: string) => ds.find((x) => x.file.endsWith(f))?.message;
      expect(msg('commune.yaml')).toMatch(/folder, not a file/);
      expect(msg('P98.yaml')).toMatch(/socket/);
      expect(msg('P96.yaml')).toMatch(/loop/);
      // Words, not a bare errno.
      for (const d of ds) expect(d.message).not.toMatch(/\bE[A-Z]{3,}\b/);
      const fr = await runCli(['validate', dir, '--lang', 'fr'], { cwd: root });
      expect(fr.stdout).toMatch(/C’est un dossier/);
      expect(fr.stdout).not.toMatch(/Lecture impossible : E/);
    } finally {
      server.close();
    }
  }, 15_000);

  it('an unreadable file says permissions, exit 2', async (ctx) => {
    if (process.getuid?.() === 0) {
      console.warn('special-files: running as root, which reads any file: the permission case is skipped');
      ctx.skip();
    }
    const dir = ws();
    chmodSync(path.join(dir, 'commune.yaml'), 0);
    const r = await validate(dir);
    expect(r.code).toBe(2);
    expect(json(r.stdout).diagnostics.find((x) => x.file.endsWith('commune.yaml'))!.message).toMatch(/permissions/);
  });
});

describe('plan.yaml itself a FIFO', () => {
  it.each([
    ['validate', (d: string) => ['validate', d]],
    ['status', (d: string) => ['status', d]],
    ['select', (d: string) => ['select', d, '--dry-run']],
    ['prioritize', (d: string) => ['prioritize', d, '--dry-run']],
    ['add partner', (d: string) => ['add', 'partner', '-w', d, '--id', 'X', '--name-ar', 'شريك', '--name-fr', 'P', '--type', 'association', '--yes']],
  ])(
    'plan %s does not wait on it',
    async (_name, argv) => {
      const dir = ws();
      unlinkSync(path.join(dir, 'plan.yaml'));
      mkfifo(path.join(dir, 'plan.yaml'));
      const r = await runCli([...argv(dir), '--lang', 'en'], { cwd: root });
      // It returns (a wait on the FIFO would time the test out), with no internal error.
      expect(r.stderr).not.toMatch(/internal/i);
      if (_name === 'validate') {
        expect(r.code).toBe(2);
        expect(r.stdout).toMatch(/named pipe \(FIFO\)/);
      }
    },
    30_000,
  );
});

describe('contents that are not plan YAML', () => {
  it('UTF-16 (with or without a byte-order mark) is named, with how to convert it', async () => {
    for (const [i, bytes] of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name: x\n', 'utf16le')]),
      Buffer.from('name: x\nother: y\n', 'utf16le'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('name: x\n', 'utf16le').swap16()]),
    ].entries()) {
      const dir = ws();
      writeFileSync(path.join(dir, 'commune.yaml'), bytes);
      const d = json((await validate(dir)).stdout).diagnostics.find((x) => x.file.endsWith('commune.yaml'))!;
      expect(d.code, String(i)).toBe('PAC-FIL-002');
      expect(d.message).toMatch(/UTF-16/);
      expect(d.message).toMatch(/iconv -f UTF-16 -t UTF-8/);
    }
  });

  it.each([
    ['!tag', 'name: !tag x\n'],
    ['!!js/function', 'name: !!js/function "function () { return 1 }"\n'],
    ['!!binary', 'name: !!binary aGVsbG8=\n'],
  ])('an unknown tag %s is reported at its position', async (tag, text) => {
    const dir = ws();
    const file = path.join(dir, 'commune.yaml');
    writeFileSync(file, readFileSync(file, 'utf8') + 'extra:\n  ' + text);
    const d = json((await validate(dir)).stdout).diagnostics.find((x) => x.file.endsWith('commune.yaml'))!;
    expect(d.code).toBe('PAC-YML-005');
    expect(d.found).toBe(tag);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(d.line).toBe(lines.length - 1);
    expect(d.col).toBe(9);
  });

  it.each([100, 500, 1000, 5000, 20000])(
    'nesting %i levels deep: PAC-YML-004 and a bounded report',
    async (depth) => {
      const dir = ws();
      const flow = 'a: ' + '['.repeat(depth) + ']'.repeat(depth) + '\n';
      const block = Array.from({ length: depth }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n';
      writeFileSync(path.join(dir, 'commune.yaml'), flow);
      writeFileSync(path.join(dir, 'diagnosis.yaml'), block);
      const r = await runCli(['validate', dir, '--lang', 'en', '--max-file-size', String(1e9)], { cwd: root });
      const j = json((await validate(dir, '--max-file-size', String(1e9))).stdout).diagnostics;
      for (const f of ['commune.yaml', 'diagnosis.yaml']) expect(j.find((x) => x.file.endsWith(f))!.code, f).toBe('PAC-YML-004');
      expect(r.stdout).not.toMatch(/call stack/i);
      expect(r.stdout.length).toBeLessThan(6000);
      expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThan(400);
    },
    30_000,
  );
});

describe('render reads only regular files', () => {
  it('a FIFO at assets/logo.svg does not hang plan render', async () => {
    const dir = path.resolve(__dirname, '../../examples/oulmes');
    const copy = path.join(root, `render${++n}`);
    cpSync(dir, copy, { recursive: true });
    mkdirSync(path.join(copy, 'assets'), { recursive: true });
    mkfifo(path.join(copy, 'assets', 'logo.svg'));
    const r = await runCli(['render', copy, '--format', 'html', '--out', path.join(root, 'fifo.html')], { cwd: root, env: { LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/logo\.svg: not a plain file/);
  }, 30_000);
});
