// `npm run bench`: runs every benchmark of the project in turn and prints their Markdown tables.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let failed = 0;
for (const name of ['validate.mjs', 'select.mjs', 'render.mjs', 'render-batch.mjs', 'portfolio.mjs']) {
  const file = path.join(here, name);
  if (!existsSync(file)) continue;
  console.log(`\n<!-- ${name} -->`);
  const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
