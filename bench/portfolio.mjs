// Benchmark of `plan status` on many workspaces (a firm's or a ministry's portfolio) against
// `plan validate` on the same workspaces, measured in the same run, interleaved, so that the ratio
// holds on a loaded machine. The workspaces are the national set of bench/generate-workspaces.mjs
// (1,500 × 40 projects by default). Prints a Markdown table; see bench/README.md for recorded results.
// Usage: node bench/portfolio.mjs [--runs 3] [--count 1500] [--projects 40]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate-workspaces.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const runs = arg('runs', 3);
const count = arg('count', 1500);
const projects = arg('projects', 40);
const planBin = path.join(root, 'bin', 'plan.js');

/** Runs a command once; returns wall time (ms), peak RSS (MB), exit status and output. */
function once(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', path.join(here, 'max-rss.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { ms, rss, status: r.status, out: r.stdout, err: r.stderr };
}

const dirs = generate(count, projects).map((d) => path.relative(root, d));
// validate and status get the same 1,500 folders; validate on their parent folder (the form
// bench/validate.mjs measures) is shown too.
const cands = [
  { name: `plan validate <${count} folders>`, args: [planBin, 'validate', ...dirs, '--format', 'json', '--quiet'] },
  { name: `plan status <${count} folders> --format csv`, args: [planBin, 'status', ...dirs, '--format', 'csv', '--today', '2026-01-15'] },
  { name: `plan validate <parent folder>`, args: [planBin, 'validate', path.dirname(dirs[0]), '--format', 'json', '--quiet'] },
];
const times = cands.map(() => []);
const rss = cands.map(() => 0);
for (let i = 0; i < runs; i++)
  cands.forEach((c, j) => {
    const r = once(c.args);
    if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}: ${r.err.slice(0, 500)}`);
    // The status must really list every workspace (a header line, then one line each).
    if (j === 1 && r.out.trimEnd().split('\n').length !== count + 1)
      throw new Error(`plan status listed ${r.out.trimEnd().split('\n').length - 1} of ${count} workspaces`);
    times[j].push(r.ms);
    rss[j] = Math.max(rss[j], r.rss);
  });
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const [v, s, p] = times.map(med);
console.log(`## plan status portfolio benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${runs} runs, medians)\n`);
console.log(`| ${count} workspaces × ${projects} projects | wall (ms) | ratio to validate | peak RSS (MB) | target |`);
console.log('|---|---|---|---|---|');
console.log(`| ${cands[0].name} | ${v.toFixed(0)} | 1.00 | ${rss[0].toFixed(0)} | |`);
console.log(`| ${cands[1].name} | ${s.toFixed(0)} | ${(s / v).toFixed(2)} | ${rss[1].toFixed(0)} | ≤ 1.5× |`);
console.log(`| ${cands[2].name} | ${p.toFixed(0)} | ${(p / v).toFixed(2)} | ${rss[2].toFixed(0)} | |`);
