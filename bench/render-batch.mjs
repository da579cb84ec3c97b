// Benchmark of a batch render (run: npm run build && node bench/render-batch.mjs): N workspaces printed to
// PDF by one `plan render communes/*` (one Chromium for all; --concurrency 2, the default, and 1) against N
// separate `plan render communes/cK` runs one after another (one Chromium each), as whole processes
// through bin/plan.js. The three are interleaved in each run; Chromium starts are counted by a launcher
// script that logs each one, so the table also shows that the batch starts one browser.
//   BENCH_COUNT=n   workspaces (default 4: copies of examples/oulmes and examples/khemisset, alternately)
//   BENCH_RUNS=n    runs (default 1); medians are reported
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { findBrowser } = await import(path.join(root, 'dist/io/browser/find-browser.js'));
const COUNT = Number(process.env.BENCH_COUNT ?? 4);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const work = path.join(root, 'bench/.work/render-batch');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const choice = findBrowser({ env: process.env });
if (!choice) {
  console.error('no browser: apt-get install chromium, or PLAN_BROWSER=…');
  process.exit(2);
}

const dirs = [];
for (let i = 0; i < COUNT; i++) {
  const name = `c${i + 1}`;
  cpSync(path.join(root, 'examples', i % 2 ? 'khemisset' : 'oulmes'), path.join(work, 'communes', name), { recursive: true });
  dirs.push(`communes/${name}`);
}
const log = path.join(work, 'launches.log');
const launcher = path.join(work, 'chromium.sh');
writeFileSync(launcher, `#!/bin/sh\necho "$$" >> '${log}'\nexec '${choice.path}' "$@"\n`);
chmodSync(launcher, 0o755);
const launches = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).length : 0);

const env = { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' };
function plan(args) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/plan.js'), 'render', ...args, '--format', 'pdf', '--force', '--browser', launcher], {
    cwd: work,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`plan render ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
}
function measure(fn) {
  rmSync(log, { force: true });
  const t = performance.now();
  fn();
  return { ms: performance.now() - t, launches: launches() };
}

const ways = {
  [`one \`plan render\` on ${COUNT} workspaces, --concurrency 2 (default)`]: () => plan([...dirs, '--out', 'out-batch2/']),
  [`one \`plan render\` on ${COUNT} workspaces, --concurrency 1`]: () => plan([...dirs, '--out', 'out-batch1/', '--concurrency', '1']),
  [`${COUNT} separate \`plan render\` runs, one after another`]: () => {
    for (const d of dirs) plan([d, '--out', 'out-separate/']);
  },
};
plan([dirs[0], '--out', 'out-warmup/']); // warm-up: fonts, file caches
const times = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
const starts = {};
for (let i = 0; i < RUNS; i++)
  for (const [name, fn] of Object.entries(ways)) {
    const m = measure(fn);
    times[name].push(m.ms);
    starts[name] = m.launches;
  }

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const separate = median(Object.values(times)[2]);
const f = (ms) => (ms / 1000).toFixed(2) + ' s';
const out = [];
out.push(`Chromium: ${choice.path}; node ${process.versions.node}; ${COUNT} bilingual PDFs; ${RUNS} run(s), medians.`);
out.push('');
out.push('| how | Chromium starts | wall | per document | against separate runs |');
out.push('|---|---|---|---|---|');
for (const [name, ms] of Object.entries(times)) {
  const m = median(ms);
  out.push(`| ${name} | ${starts[name]} | ${f(m)} | ${f(m / COUNT)} | ${(m / separate).toFixed(2)}× |`);
}
console.log(out.join('\n'));
