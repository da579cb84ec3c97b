// The package as users get it: `npm pack`, installed into a new project with no environment variable
// set (no PUPPETEER_SKIP_DOWNLOAD, no npm configuration), then the command lines the documentation
// gives, run as written: the README's npx line, the CI jobs of docs/ci.md, the pre-commit hook, and
// `plan render --format html`. Nothing may be downloaded but npm packages (no browser).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const built = existsSync(path.join(repo, 'dist', 'bundle', 'startup.cjs'));
if (!built) throw new Error('test/e2e/pack.test.ts needs a build: run `npm run build` (npm test builds first)');

let tmp: string;
let project: string;
let home: string;
let install: { stdout: string; stderr: string };
// The only variables: PATH (to find node and npm) and an empty home of the project's own.
const env = () => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home });

function sh(line: string, cwd = project) {
  // stdin from /dev/null: on a socket, Debian's bash would read /etc/bash.bashrc as for a remote shell.
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', line], { cwd, env: env(), encoding: 'utf8', timeout: 180_000, stdio: ['ignore', 'pipe', 'pipe'] });
  // npm's own notices (a newer npm exists) are not the tool's output.
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm notice.*\n?/gm, '') };
}

/** The lines of README.md between <!-- name --> and <!-- /name -->, outside the code fences. */
function readmeBlock(name: string): string[] {
  const text = readFileSync(path.join(repo, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- ${name} -->\\n([\\s\\S]*?)<!-- /${name} -->`).exec(text);
  if (!m) throw new Error(`README.md has no <!-- ${name} --> block`);
  return m[1]!.split('\n').filter((l) => l.trim() && !l.startsWith('```'));
}

/** The `run:` lines of the GitHub Actions job and the `script:` lines of the GitLab job in docs/ci.md. */
function ciCommands(): { github: string[]; gitlab: string[] } {
  const text = readFileSync(path.join(repo, 'docs', 'ci.md'), 'utf8');
  const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, unknown>);
  const github = blocks
    .filter((b) => b && typeof b === 'object' && 'jobs' in b)
    .flatMap((b) =>
      Object.values(b.jobs as Record<string, { steps: { run?: string }[] }>).flatMap((j) => j.steps.map((s) => s.run).filter((r): r is string => !!r)),
    );
  const gitlab = blocks
    .filter((b) => b && typeof b === 'object' && !('jobs' in b) && !('repos' in b))
    .flatMap((b) => Object.values(b).flatMap((job) => (job as { script?: string[] }).script ?? []));
  return { github, gitlab };
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'plan-pack-'));
  home = path.join(tmp, 'home');
  project = path.join(tmp, 'project');
  mkdirSync(home);
  mkdirSync(path.join(project, 'communes'), { recursive: true });
  // The build is already made (npm test's pretest); --ignore-scripts spares building it again.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: repo, encoding: 'utf8' })) as {
    filename: string;
  }[];
  const tarball = path.join(tmp, packed[0]!.filename);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'commune-plans', version: '1.0.0', private: true }, null, 2));
  cpSync(path.join(repo, 'examples', 'oulmes'), path.join(project, 'communes', 'oulmes'), { recursive: true });
  // This machine's npm cache is named on the command line only to spare downloads; the install would
  // do the same from an empty cache.
  const cache = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
  const r = spawnSync('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', '--cache', cache, tarball], {
    cwd: project,
    env: env(),
    encoding: 'utf8',
    timeout: 600_000,
  });
  install = { stdout: r.stdout, stderr: r.stderr };
  if (r.status !== 0) throw new Error(`npm install of the packed tool failed:\n${r.stdout}\n${r.stderr}`);
}, 700_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packed tool, installed in a new project', () => {
  it('installs as a devDependency without downloading a browser or any heavy package', () => {
    expect(`${install.stdout}\n${install.stderr}`).not.toMatch(/chrome|chromium|ENOTFOUND/i);
    const modules = path.join(project, 'node_modules');
    expect(existsSync(path.join(modules, 'pac-plan', 'package.json'))).toBe(true);
    expect(existsSync(path.join(modules, 'puppeteer-core'))).toBe(true);
    for (const gone of ['puppeteer', 'exceljs']) expect(existsSync(path.join(modules, gone)), gone).toBe(false);
    expect(existsSync(path.join(home, '.cache', 'puppeteer'))).toBe(false);
  });

  it('ships what runs and nothing else: bundles, no code cache, no build scripts, no tests', () => {
    const pkg = path.join(project, 'node_modules', 'pac-plan');
    const dist = readdirSync(path.join(pkg, 'dist'));
    expect(dist.sort()).toEqual(['bundle', 'cli']);
    expect(readdirSync(path.join(pkg, 'dist', 'cli'))).toEqual(['startup.js']);
    const bundle = readdirSync(path.join(pkg, 'dist', 'bundle'));
    expect(bundle).toContain('startup.cjs');
    expect(bundle).toContain('main.js');
    expect(bundle.filter((f) => !f.endsWith('.js') && f !== 'startup.cjs')).toEqual([]);
    for (const absent of ['test', 'src/cli', 'src/core', 'examples', '.ci', 'tsconfig.json']) expect(existsSync(path.join(pkg, absent)), absent).toBe(false);
    for (const present of ['LICENSE', 'README.md', 'CHANGELOG.md', 'schemas/plan.json', 'src/data/morocco-admin', 'templates']) {
      expect(existsSync(path.join(pkg, present)), present).toBe(true);
    }
  });

  it("runs the README's npx line as written", () => {
    const [line, ...more] = readmeBlock('npx');
    expect(more).toEqual([]);
    expect(line).toMatch(/^npx -p pac-plan plan /);
    const r = sh(line!);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('communes/oulmes');
  });

  it('writes its code cache on the first run, in the user cache folder, for this Node', () => {
    const r = sh('npx plan validate communes/oulmes --format json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toBeTruthy();
    const caches = readdirSync(path.join(home, '.cache', 'pac-plan'));
    expect(caches).toHaveLength(1);
    expect(caches[0]).toContain(`startup-${process.versions.v8}-${process.arch}-`);
  });

  it('renders the example as HTML (no browser needed)', () => {
    const r = sh('npx plan render communes/oulmes --format html --out out/');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const html = readdirSync(path.join(project, 'out')).filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(0);
    const text = readFileSync(path.join(project, 'out', html[0]!), 'utf8');
    expect(text).toMatch(/<html[^>]*dir="rtl"|lang="ar"/);
    expect(text).toContain('@font-face');
  });

  it('runs the GitHub Actions and GitLab CI commands of docs/ci.md', () => {
    const { github, gitlab } = ciCommands();
    expect(github.length).toBeGreaterThanOrEqual(2);
    expect(gitlab.length).toBeGreaterThanOrEqual(1);
    for (const line of [...github, ...gitlab]) {
      const r = sh(line);
      expect(r.code, `${line}\n${r.stdout}\n${r.stderr}`).toBe(0);
    }
    const sarif = JSON.parse(readFileSync(path.join(project, 'plan.sarif'), 'utf8')) as { version: string; runs: { tool: { driver: { name: string } } }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.name).toBeTruthy();
    expect(readFileSync(path.join(project, 'plan-junit.xml'), 'utf8')).toMatch(/<testsuites[\s>]/);
  });

  it('the pre-commit hook runs its entry on the plan files it selects, and reports a broken one', () => {
    const [hook] = parse(readFileSync(path.join(repo, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string }[];
    expect(hook!.id).toBe('plan-validate');
    expect(hook!.language).toBe('node');
    const files = new RegExp(hook!.files);
    const candidates = [
      'communes/oulmes/plan.yaml',
      'communes/oulmes/projects/P01.yaml',
      'communes/oulmes/finance.yaml',
      '.github/workflows/plan.yml',
      'mkdocs.yaml',
      'communes/oulmes/notes.yaml',
    ];
    const selected = candidates.filter((f) => files.test(f));
    expect(selected).toEqual(['communes/oulmes/plan.yaml', 'communes/oulmes/projects/P01.yaml', 'communes/oulmes/finance.yaml']);
    // pre-commit puts the package's executables on PATH and appends the selected file names.
    const withBin = (line: string) => `PATH="$PWD/node_modules/.bin:$PATH" ${line}`;
    const ok = sh(withBin(`${hook!.entry} ${selected.join(' ')}`));
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    writeFileSync(path.join(project, 'communes', 'oulmes', 'finance.yaml'), 'not: [a, finance, file\n');
    const bad = sh(withBin(`${hook!.entry} communes/oulmes/finance.yaml`));
    expect(bad.code).toBe(1);
    expect(bad.stdout + bad.stderr).toMatch(/finance\.yaml:\d+:\d+/);
  });
});
