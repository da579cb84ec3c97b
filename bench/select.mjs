// Benchmark of `plan select` on 500 projects × 6 years × 10 partners with sector and territory bounds:
// whole-process wall time against the time spent inside HiGHS in the same run, and the optimality gap,
// for each time limit given. Run after a build: node bench/select.mjs [projects=500] [runs=3] [limits=1.5,10]
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSelectWorkspace } from './select-generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[2] ?? 500);
const runs = Number(process.argv[3] ?? 3);
const limits = (process.argv[4] ?? '1.5,10').split(',').map(Number);
const dir = generateSelectWorkspace(path.join(mkdtempSync(path.join(tmpdir(), 'plan-bench-select-')), 'ws'), { projects: n });
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(
  `## plan select, ${n} projects × 6 years × 10 partners, share bounds (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${runs} runs, medians)\n`,
);
console.log('| --time-limit (s) | status | whole process (s) | inside HiGHS (s) | ratio | value | proven bound | gap | completed after the search |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const limit of limits) {
  const args = [
    path.join(root, 'bin/plan.js'),
    'select',
    dir,
    '--format',
    'json',
    '--timing',
    '--dry-run',
    '--explain',
    'check',
    '--time-limit',
    String(limit),
    '--sector-share',
    'education=0.1:0.3',
    '--sector-share',
    'roads_transport=:0.25',
    '--territory-share',
    'rural=0.5:',
  ];
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    const wall = (performance.now() - t0) / 1000;
    const r = JSON.parse(out);
    rows.push({ wall, solver: r.solver.seconds, status: r.status, objective: r.objective, bound: r.value_bound, gap: r.gap, completed: r.completed.length });
  }
  const wall = med(rows.map((r) => r.wall));
  const solver = med(rows.map((r) => r.solver));
  const last = rows[rows.length - 1];
  console.log(
    `| ${limit} | ${last.status} | ${wall.toFixed(2)} | ${solver.toFixed(2)} | ${(wall / solver).toFixed(2)} | ${last.objective} | ${last.bound} | ${(last.gap * 100).toFixed(2)} % | ${last.completed} |`,
  );
}
