// The workspace and the templates folder are the only roots: a symbolic link that leads out of them is
// refused (realpath), whether it is a file, a folder inside the root, or the assets/ folder itself,
// unless --allow-outside names the folder it leads to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const example = path.resolve(__dirname, '../../examples/oulmes');
let root: string;
let secret: string;
let n = 0;
const SECRET = 'TOP-SECRET-7f3a';

function ws(): string {
  const dir = path.join(root, `ws${++n}`);
  cpSync(example, dir, { recursive: true });
  return dir;
}
function templates(): string {
  const dir = path.join(root, `tpl${++n}`);
  mkdirSync(path.join(dir, 'partials'), { recursive: true });
  return dir;
}
const render = (dir: string, ...extra: string[]) => {
  const out = path.join(root, `out${++n}.html`);
  return runCli(['render', dir, '--format', 'html', '--out', out, ...extra], { cwd: root, env: { LANG: 'en_US.UTF-8' } }).then((r) => ({
    ...r,
    out,
    html: existsSync(out) ? readFileSync(out, 'utf8') : '',
  }));
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plan-roots-'));
  secret = mkdtempSync(path.join(tmpdir(), 'plan-secret-'));
  writeFileSync(path.join(secret, 'secret.txt'), `<p>${SECRET}</p>`);
  writeFileSync(path.join(secret, 'print.css'), `body::after{content:"${SECRET}"}`);
  writeFileSync(path.join(secret, 'strings.yaml'), `doc.title: { fr: "${SECRET}", ar: "${SECRET}" }\n`);
  mkdirSync(path.join(secret, 'partials'));
  writeFileSync(path.join(secret, 'partials', 'cover.hbs'), `<p>${SECRET}</p>`);
  mkdirSync(path.join(secret, 'assets'));
  writeFileSync(path.join(secret, 'assets', 'logo.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><text>${SECRET}</text></svg>`);
  const p = readFileSync(path.join(example, 'projects', 'P01.yaml'), 'utf8')
    .replace(/id: P01\b/, 'id: P31')
    .replace(/(title:[^\n]*fr: )[^,}\n]+/, `$1${SECRET}`);
  writeFileSync(path.join(secret, 'P31.yaml'), p);
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(secret, { recursive: true, force: true });
});

describe('--templates is a root', () => {
  it.each([
    ['a partial linked out', (t: string) => symlinkSync(path.join(secret, 'secret.txt'), path.join(t, 'partials', 'cover.hbs'))],
    ['print.css linked to a file outside', (t: string) => symlinkSync(path.join(secret, 'print.css'), path.join(t, 'print.css'))],
    ['print.css linked to /etc/passwd', (t: string) => symlinkSync('/etc/passwd', path.join(t, 'print.css'))],
    [
      'the partials/ folder linked out',
      (t: string) => (rmSync(path.join(t, 'partials'), { recursive: true }), symlinkSync(path.join(secret, 'partials'), path.join(t, 'partials'))),
    ],
    ['strings.yaml linked out', (t: string) => symlinkSync(path.join(secret, 'strings.yaml'), path.join(t, 'strings.yaml'))],
  ])(
    '%s: refused (exit 2), nothing of it printed',
    async (_name, make) => {
      const t = templates();
      make(t);
      const r = await render(ws(), '--templates', t);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/leads out of the templates folder/);
      expect(r.stderr).toMatch(/--allow-outside/);
      expect(r.html).toBe('');
      expect(r.stdout + r.stderr).not.toContain(SECRET);
      expect(r.stdout + r.stderr).not.toContain('root:x:0');
    },
    30_000,
  );

  it('--allow-outside naming the folder lets the link be read', async () => {
    const t = templates();
    symlinkSync(path.join(secret, 'secret.txt'), path.join(t, 'partials', 'cover.hbs'));
    const r = await render(ws(), '--templates', t, '--allow-outside', secret);
    expect(r.code, r.stderr).toBe(0);
    expect(r.html).toContain(SECRET);
  }, 30_000);

  it('a link that stays inside the templates folder is fine', async () => {
    const t = templates();
    writeFileSync(path.join(t, 'cover-real.hbs'), '<p>INSIDE-OK</p>');
    symlinkSync('../cover-real.hbs', path.join(t, 'partials', 'cover.hbs'));
    const r = await render(ws(), '--templates', t);
    expect(r.code, r.stderr).toBe(0);
    expect(r.html).toContain('INSIDE-OK');
  }, 30_000);
});

describe('the workspace is a root', () => {
  it('assets/ linked out of the workspace: the outside logo is not embedded', async () => {
    const dir = ws();
    rmSync(path.join(dir, 'assets'), { recursive: true, force: true });
    symlinkSync(path.join(secret, 'assets'), path.join(dir, 'assets'));
    const r = await render(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/link leading out of the plan workspace/);
    expect(r.html).toBe('');
    const ok = await render(dir, '--allow-outside', secret);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.html).toContain('data:image/svg+xml;base64,');
  }, 30_000);

  it('projects/P31.yaml linked out: not validated, not printed', async () => {
    const dir = ws();
    symlinkSync(path.join(secret, 'P31.yaml'), path.join(dir, 'projects', 'P31.yaml'));
    const v = await runCli(['validate', dir, '--format', 'json', '--lang', 'en'], { cwd: root });
    const d = JSON.parse(v.stdout).diagnostics.filter((x: any) => x.file.endsWith('P31.yaml'));
    expect(d.map((x: any) => x.code)).toEqual(['PAC-FIL-009']);
    expect(v.stdout).not.toContain(SECRET);
    const r = await render(dir, '--draft');
    expect(r.html).not.toContain(SECRET);
    expect(readdirSync(path.join(dir, 'projects'))).toContain('P31.yaml');
  }, 30_000);

  it('a link that stays inside the workspace is read', async () => {
    const dir = ws();
    mkdirSync(path.join(dir, 'shared'));
    cpSync(path.join(dir, 'commune.yaml'), path.join(dir, 'shared', 'commune.yaml'));
    unlinkSync(path.join(dir, 'commune.yaml'));
    symlinkSync('shared/commune.yaml', path.join(dir, 'commune.yaml'));
    const v = await runCli(['validate', dir, '--format', 'json', '--lang', 'en'], { cwd: root });
    expect(JSON.parse(v.stdout).diagnostics.filter((x: any) => x.severity === 'error')).toEqual([]);
  }, 30_000);
});
