// Benchmarks of `plan validate`: one workspace against `node -e 0`, and the national scale (1,500
// workspaces of 40 projects) against a bare read + js-yaml + precompiled-ajv baseline, both measured
// in the same run. Prints a Markdown table; see bench/README.md for recorded results.
// Usage: node bench/validate.mjs [--runs N] [--count 1500] [--projects 40]
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
const runs = arg('runs', 15);
const count = arg('count', 1500);
const projects = arg('projects', 40);

// The start-up code cache of this build in a folder of the bench's own. In the user's cache folder it is
// shared with every other build of plan on the machine, and each build's first run deletes the others'
// caches: another checkout or CI job running plan between two runs would make these runs compile the
// bundle cold, which no installed copy does after its first run. (The cache is filled by the untimed
// run below.)
const env = { ...process.env, PLAN_CACHE_DIR: path.join(here, '.work', 'code-cache') };

/** Runs a command once; returns wall time (ms), peak RSS (MB) and exit status. */
function once(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', path.join(here, 'max-rss.mjs'), ...args], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { ms, rss, status: r.status, out: r.stdout, err: r.stderr };
}

/** Median wall time over `n` runs, interleaving the candidates so machine noise hits both alike. */
function compare(cands, n) {
  const times = cands.map(() => []);
  const rss = cands.map(() => 0);
  const status = cands.map(() => 0);
  for (let i = 0; i < n; i++)
    cands.forEach((c, j) => {
      const r = once(c.args);
      times[j].push(r.ms);
      rss[j] = Math.max(rss[j], r.rss);
      status[j] = r.status;
      if (r.status !== (c.expect ?? 0)) throw new Error(`${c.name} exited ${r.status}: ${r.err.slice(0, 500)}`);
    });
  const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
  return cands.map((c, j) => ({ name: c.name, ms: med(times[j]), rss: rss[j], status: status[j] }));
}

const planBin = path.join(root, 'bin', 'plan.js');
const example = path.join(root, 'examples', 'oulmes');

console.log(`## plan validate benchmarks (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${runs} runs, medians)\n`);
once([planBin, 'validate', example, '--format', 'json']); // fills the code cache; not timed
const [bare, one] = compare(
  [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'plan validate examples/oulmes', args: [planBin, 'validate', example, '--format', 'json'] },
  ],
  runs,
);
console.log('| one workspace | wall (ms) | ratio to node -e 0 | target |');
console.log('|---|---|---|---|');
console.log(`| ${bare.name} | ${bare.ms.toFixed(0)} | 1.00 | |`);
console.log(`| ${one.name} | ${one.ms.toFixed(0)} | ${(one.ms / bare.ms).toFixed(2)} | ≤ 2.5 |`);

const dirs = generate(count, projects);
const parent = path.dirname(dirs[0]);
const [base, nat] = compare(
  [
    { name: 'baseline: read + js-yaml + precompiled ajv', args: [path.join(here, 'baseline-validate.mjs'), ...dirs] },
    { name: `plan validate (${count} × ${projects} projects)`, args: [planBin, 'validate', parent, '--format', 'json', '--quiet'] },
  ],
  Math.max(3, Math.round(runs / 5)),
);
console.log(`\n| national scale: ${count} workspaces × ${projects} projects (${count * (projects + 8)} files) | wall (ms) | ratio | peak RSS (MB) | target |`);
console.log('|---|---|---|---|---|');
console.log(`| ${base.name} | ${base.ms.toFixed(0)} | 1.00 | ${base.rss.toFixed(0)} | |`);
console.log(`| ${nat.name} | ${nat.ms.toFixed(0)} | ${(nat.ms / base.ms).toFixed(2)} | ${nat.rss.toFixed(0)} | ≤ 1.5×, < 300 MB |`);
