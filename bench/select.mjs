// Benchmark of `plan select` on 500 projects × 6 years × 10 partners with sector and territory bounds:
// whole-process wall time against the time spent inside HiGHS in the same run, and the optimality gap.
// Run after a build: node bench/select.mjs [projects] [runs]
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSelectWorkspace } from './select-generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[2] ?? 500);
const runs = Number(process.argv[3] ?? 5);
const dir = generateSelectWorkspace(path.join(mkdtempSync(path.join(tmpdir(), 'plan-bench-select-')), 'ws'), { projects: n });
const args = [
  path.join(root, 'bin/plan.js'), 'select', dir, '--format', 'json', '--timing', '--dry-run', '--explain', 'check',
  '--sector-share', 'education=0.1:0.3', '--sector-share', 'roads_transport=:0.25', '--territory-share', 'rural=0.5:',
];
const rows = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  const r = JSON.parse(out.slice(0, out.lastIndexOf('}') + 1));
  rows.push({ wall, solver: r.solver.seconds, solves: r.solver.solves, status: r.status, objective: r.objective, selected: r.programme.length });
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = med(rows.map((r) => r.wall));
const solver = med(rows.map((r) => r.solver));
console.log(JSON.stringify({ projects: n, years: 6, partners: 10, runs, status: rows[0].status, objective: rows[0].objective, selected: rows[0].selected, solves: rows[0].solves, wall_s: +wall.toFixed(3), solver_s: +solver.toFixed(3), ratio: +(wall / solver).toFixed(2), gap: 0 }, null, 1));
