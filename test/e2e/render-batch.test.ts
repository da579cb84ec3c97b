// `plan render communes/*` as a user runs it (bin/plan.js, after npm run build): several workspaces in one
// run share one Chromium (counted by a launcher script that logs each start), a broken workspace fails
// alone, and the progress bar is drawn on a terminal only.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it, beforeAll } from 'vitest';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testBrowser } from './pdf-tools.js';

const repo = path.resolve(__dirname, '../..');
const bin = path.join(repo, 'bin/plan.js');
const browser = testBrowser();
if (!browser) console.warn('render batch e2e: PDF cases skipped: no Chrome/Chromium found (apt-get install chromium, or PLAN_BROWSER)');
const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasScript) console.warn('render batch e2e: terminal cases skipped: script(1) (util-linux) is not installed');

const root = mkdtempSync(path.join(tmpdir(), 'plan-render-batch-'));
const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' };
delete env.PLAN_DEBUG;

// communes/oulmes, communes/khemisset (copies of the examples) and communes/broken (plan.yaml unreadable as YAML).
beforeAll(() => {
  cpSync(path.join(repo, 'examples/oulmes'), path.join(root, 'communes/oulmes'), { recursive: true });
  cpSync(path.join(repo, 'examples/khemisset'), path.join(root, 'communes/khemisset'), { recursive: true });
  cpSync(path.join(repo, 'examples/oulmes'), path.join(root, 'communes/broken'), { recursive: true });
  writeFileSync(path.join(root, 'communes/broken/plan.yaml'), 'commune: [unclosed\n');
});

const plan = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, env: { ...env, ...extra }, encoding: 'utf8', timeout: 280_000 });

// A browser that writes a line to `log` each time it starts, then becomes the real one.
function countingBrowser(log: string): string {
  const file = path.join(root, `chromium-${path.basename(log)}.sh`);
  writeFileSync(file, `#!/bin/sh\necho "$$" >> '${log}'\nexec '${browser}' "$@"\n`);
  chmodSync(file, 0o755);
  return file;
}
const launches = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).length : 0);

describe('plan render on several workspaces', () => {
  it('--format html writes one file per commune under --out, with no browser at all', () => {
    const log = path.join(root, 'html.log');
    const r = plan(['render', 'communes/oulmes', 'communes/khemisset', '--format', 'html', '--out', 'out-html/'], { PLAN_BROWSER: countingBrowser(log) });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(path.join(root, 'out-html')).sort()).toEqual(['khemisset.ar-fr.html', 'oulmes.ar-fr.html']);
    expect(r.stdout).toContain('communes/oulmes → out-html/oulmes.ar-fr.html');
    expect(launches(log)).toBe(0);
  }, 300_000);

  it('a broken workspace among good ones: exit 1, the good ones written, the broken one named', () => {
    const r = plan(['render', 'communes/broken', 'communes/oulmes', 'communes/khemisset', '--format', 'html', '--out', 'out-mixed/']);
    expect(r.status).toBe(1);
    expect(readdirSync(path.join(root, 'out-mixed')).sort()).toEqual(['khemisset.ar-fr.html', 'oulmes.ar-fr.html']);
    expect(r.stderr).toMatch(/communes\/broken: not rendered, the plan has \d+ errors?/);
    expect(r.stderr).toContain('2 documents written, 1 failed: communes/broken');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 300_000);

  it('two folders of the same name are refused before anything is written, even with --force', () => {
    cpSync(path.join(root, 'communes/oulmes'), path.join(root, 'elsewhere/oulmes'), { recursive: true });
    const r = plan(['render', 'communes/oulmes', 'elsewhere/oulmes', '--format', 'html', '--force', '--out', 'out-same/']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('The folders communes/oulmes and elsewhere/oulmes have the same name');
    expect(existsSync(path.join(root, 'out-same/oulmes.ar-fr.html'))).toBe(false);
  }, 300_000);

  it.skipIf(!browser)(
    '--format pdf starts Chromium once for all workspaces, writes every good one, and fails the broken one alone',
    () => {
      const log = path.join(root, 'pdf.log');
      const r = plan([
        'render',
        'communes/oulmes',
        'communes/broken',
        'communes/khemisset',
        '--format',
        'pdf',
        '--out',
        'out-pdf/',
        '--browser',
        countingBrowser(log),
      ]);
      expect(r.status, r.stderr).toBe(1);
      expect(launches(log)).toBe(1);
      expect(readdirSync(path.join(root, 'out-pdf')).sort()).toEqual(['khemisset.ar-fr.pdf', 'oulmes.ar-fr.pdf']);
      for (const f of ['khemisset.ar-fr.pdf', 'oulmes.ar-fr.pdf'])
        expect(
          readFileSync(path.join(root, 'out-pdf', f))
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
      expect(r.stderr).toContain('2 documents written, 1 failed: communes/broken');
      // The browser is gone when plan is: no Chromium started by this run is left running.
      const pids = readFileSync(log, 'utf8').trim().split('\n');
      for (const pid of pids) expect(() => process.kill(Number(pid), 0)).toThrow();
    },
    300_000,
  );
});

describe.skipIf(!hasScript)('the progress bar', () => {
  // script(1) runs the command on a pseudo-terminal: stderr is a TTY there, as in a user's shell.
  const onTerminal = (args: string[]) => {
    const cmd = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(' ');
    return execFileSync('script', ['-qefc', cmd, '/dev/null'], { cwd: root, env: { ...env, COLUMNS: '100' }, encoding: 'utf8', timeout: 280_000 });
  };

  it('is drawn on a terminal', () => {
    const out = onTerminal(['render', 'communes/oulmes', 'communes/khemisset', '--format', 'html', '--out', 'out-tty/']);
    expect(out).toMatch(/plan render \[[█░]*\] 2\/2/);
    expect(out).toContain('communes/khemisset → out-tty/khemisset.ar-fr.html');
  }, 300_000);

  it('is not drawn with --quiet on a terminal, nor when stderr is a pipe', () => {
    const quiet = onTerminal(['render', 'communes/oulmes', 'communes/khemisset', '--format', 'html', '--out', 'out-quiet/', '--quiet']);
    expect(quiet).not.toContain('plan render [');
    expect(quiet).not.toContain('→');
    expect(readdirSync(path.join(root, 'out-quiet'))).toHaveLength(2);
    const piped = plan(['render', 'communes/oulmes', 'communes/khemisset', '--format', 'html', '--out', 'out-pipe/']);
    expect(piped.status).toBe(0);
    expect(piped.stderr).not.toContain('plan render [');
    expect(piped.stdout).toContain('communes/oulmes → out-pipe/oulmes.ar-fr.html');
  }, 300_000);
});

describe('plan report on several workspaces', () => {
  it.skipIf(!browser)(
    '--format pdf prints every report with one Chromium, and a workspace without the year fails alone (a usage error)',
    () => {
      cpSync(path.join(repo, 'examples/oulmes'), path.join(root, 'reports/oulmes'), { recursive: true });
      cpSync(path.join(repo, 'examples/oulmes'), path.join(root, 'reports/oulmes-bis'), { recursive: true });
      const log = path.join(root, 'report.log');
      const args = ['report', 'reports/oulmes', 'reports/oulmes-bis', '--year', '2023', '--lang', 'fr', '--format', 'pdf', '--out', 'out-report/'];
      const r = plan([...args, '--browser', countingBrowser(log), '--today', '2025-01-01']);
      expect(r.status, r.stderr).toBe(0);
      expect(launches(log)).toBe(1);
      expect(readdirSync(path.join(root, 'out-report')).sort()).toEqual(['oulmes-bis.report-2023.fr.pdf', 'oulmes.report-2023.fr.pdf']);
      // No follow-up for 2031 in either: each is refused in words, nothing is printed, exit 2.
      const none = plan(['report', 'reports/oulmes', 'reports/oulmes-bis', '--year', '2031', '--format', 'html', '--out', 'out-none/']);
      expect(none.status).toBe(2);
      expect(none.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(path.join(root, 'out-none'))).toBe(false);
    },
    300_000,
  );
});
