// The executable runs from bundles (dist/bundle: the startup bundle with V8's code cache for
// `validate` and `rules`, the ES module bundle for the rest). Each must behave exactly like the
// modules it was built from: same output, same exit code, nothing extra on stderr.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { MINIMAL_DIR } from '../helpers/plan-builder.js';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'bin/plan.js');
const startup = path.join(repo, 'dist/bundle/startup.cjs');
const env = { NO_COLOR: '1', LANG: 'en_US.UTF-8' };

function exe(argv: string[], cwd = repo) {
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let bad: string;
beforeAll(() => {
  bad = mkdtempSync(path.join(tmpdir(), 'plan-bundle-'));
  const ws = (name: string, file: string, content: string | Buffer) => {
    cpSync(MINIMAL_DIR, path.join(bad, name), { recursive: true });
    writeFileSync(path.join(bad, name, file), content);
  };
  // Inputs that take the careful YAML parser (loaded lazily) and the binary and encoding checks.
  ws('syntax', 'commune.yaml', 'name: { ar: x\ntype: rural\n');
  ws('dup', 'plan.yaml', 'format: 1\nformat: 1\n');
  ws(
    'bomb',
    'diagnosis.yaml',
    'a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: &d [*c, *c, *c]\ne: &e [*d, *d, *d]\nf: &f [*e, *e, *e]\ng: [*f, *f, *f]\n',
  );
  ws('latin1', 'commune.yaml', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
  ws('crlf', 'plan.yaml', readFileSync(path.join(MINIMAL_DIR, 'plan.yaml'), 'utf8').replace(/\n/g, '\r\n'));
});
afterAll(() => rmSync(bad, { recursive: true, force: true }));

if (!existsSync(startup)) console.warn('bundle e2e skipped: dist/bundle/startup.cjs is missing (npm run build makes it; npm test builds first)');

describe.skipIf(!existsSync(startup))('the built executable', () => {
  const invalid = readdirSync(path.join(repo, 'examples/invalid')).map((d) => `examples/invalid/${d}`);
  const cases: string[][] = [
    ['validate', 'examples/oulmes', 'examples/khemisset', '--format', 'json'],
    ['validate', 'examples/oulmes', '--format', 'sarif'],
    ['validate', 'examples/invalid/*/plan.yaml', '--format', 'junit'],
    ['validate', ...invalid.slice(0, 12), '--format', 'github'],
    ['validate', ...invalid, '--format', 'json', '--lang', 'ar'],
    ['validate', 'examples/does-not-exist'],
    ['validate', '--format', 'xml', 'examples/oulmes'],
    ['validate', '--help'],
    ['validate'],
    ['rules', '--format', 'json'],
    ['rules', '--lang', 'fr'],
    ['status', 'examples/oulmes', '--today', '2022-01-15'],
    ['--version'],
    ['--help'],
    ['select', '--help'],
  ];

  it.each(cases)('plan %s … behaves as the modules do', async (...argv) => {
    const built = exe(argv);
    const modules = await runCli(argv, { cwd: repo, env });
    expect(built.stderr).toBe(modules.stderr);
    expect(built.stdout.replace(/"timestamp": "[^"]*"/g, '').replace(/timestamp="[^"]*"/g, '')).toBe(
      modules.stdout.replace(/"timestamp": "[^"]*"/g, '').replace(/timestamp="[^"]*"/g, ''),
    );
    expect(built.code).toBe(modules.code);
  });

  it('plan render (HTML, no browser needed) writes the same document as the modules', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'plan-bundle-render-'));
    try {
      const argv = (file: string) => ['render', 'examples/oulmes', '--format', 'html', '--out', path.join(out, file)];
      const built = exe(argv('built.html'));
      const modules = await runCli(argv('modules.html'), { cwd: repo, env });
      expect(built.code).toBe(0);
      expect(modules.code).toBe(0);
      const html = readFileSync(path.join(out, 'built.html'), 'utf8');
      expect(html.length).toBeGreaterThan(50_000);
      expect(html).toBe(readFileSync(path.join(out, 'modules.html'), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('bad input takes the lazily loaded careful parser, with positions, and prints no warning', async () => {
    const argv = ['validate', ...['syntax', 'dup', 'bomb', 'latin1', 'crlf'].map((d) => path.join(bad, d)), '--format', 'json'];
    const built = exe(argv, bad);
    const modules = await runCli(argv, { cwd: bad, env });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(1);
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(modules.stdout));
    const codes = JSON.parse(built.stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['PAC-YML-001', 'PAC-YML-002', 'PAC-YML-003', 'PAC-FIL-002']));
  });

  it('the startup bundle of validate and rules holds no browser, prompt, template or solver code', () => {
    const meta = JSON.parse(readFileSync(path.join(repo, 'dist/bundle/startup.meta.json'), 'utf8')) as {
      inputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>;
    };
    const heavy = /(^|\/)(puppeteer|puppeteer-core|@inquirer|inquirer|handlebars|highs|exceljs|pdf-lib)(\/|$)/;
    expect(Object.keys(meta.inputs).filter((f) => heavy.test(f.replace(/.*node_modules\//, '')))).toEqual([]);
    const externals = Object.values(meta.inputs).flatMap((i) => i.imports.filter((x) => x.external).map((x) => x.path));
    expect(externals.filter((x) => heavy.test(x))).toEqual([]);
    expect(Object.keys(meta.inputs).some((f) => f.includes('commands/validate.js'))).toBe(true);
  });

  it('a corrupt or foreign code cache is rejected by V8, the run is unaffected, and the cache is rewritten', () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'plan-cache-'));
    try {
      const run = (argv: string[]) => {
        const r = spawnSync(process.execPath, [bin, ...argv], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env, PLAN_CACHE_DIR: cacheDir } });
        return { code: r.status, stdout: r.stdout, stderr: r.stderr };
      };
      const clean = run(['validate', 'examples/oulmes']);
      expect(clean.code).toBe(0);
      const [cache] = readdirSync(cacheDir);
      // Named for this V8 and this build: a cache made for another Node or another build is never read.
      expect(cache).toMatch(new RegExp(`^startup-${process.versions.v8.replace(/\./g, '\\.')}-${process.arch}-[0-9a-f]{16}\\.cache$`));
      writeFileSync(path.join(cacheDir, cache!), Buffer.from('not a V8 code cache'));
      const r = run(['validate', 'examples/oulmes']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(clean.stdout);
      expect(readFileSync(path.join(cacheDir, cache!)).length).toBeGreaterThan(100_000);
      // The cache of an earlier build for this Node is removed when the new one is written.
      const old = path.join(cacheDir, `startup-${process.versions.v8}-${process.arch}-0123456789abcdef.cache`);
      writeFileSync(old, 'x');
      rmSync(path.join(cacheDir, cache!));
      run(['rules']);
      expect(readdirSync(cacheDir)).toEqual([cache]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('dist/bundle holds no code cache (it is made per machine), and the bundle carries its build tag', () => {
    expect(readdirSync(path.dirname(startup)).filter((f) => f.endsWith('.cache'))).toEqual([]);
    expect(readFileSync(startup, 'utf8')).toMatch(/\/\/# pac-plan-build=[0-9a-f]{16}\n$/);
  });
});
