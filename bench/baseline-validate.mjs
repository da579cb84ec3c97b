// The bare baseline of the national-scale benchmark: read every plan file, load it with a fast YAML
// parser (js-yaml) and validate it with the precompiled ajv validators. No rules, no reporting.
// Usage: node bench/baseline-validate.mjs <workspace dirs…>
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import jsyaml from 'js-yaml';

const require = createRequire(import.meta.url);
const validators = require('../dist/validators.cjs');
const KINDS = {
  'plan.yaml': 'plan',
  'commune.yaml': 'commune',
  'diagnosis.yaml': 'diagnosis',
  'consultations.yaml': 'consultations',
  'priorities.yaml': 'priorities',
  'finance.yaml': 'finance',
  'indicators.yaml': 'indicators',
  'adoption.yaml': 'adoption',
};
let files = 0;
let invalid = 0;
const check = (file, kind) => {
  const data = jsyaml.load(readFileSync(file, 'utf8'), { schema: jsyaml.CORE_SCHEMA });
  files++;
  if (!validators[kind](data)) invalid++;
};
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir)) if (KINDS[name]) check(path.join(dir, name), KINDS[name]);
  for (const name of readdirSync(path.join(dir, 'projects')).sort()) check(path.join(dir, 'projects', name), 'project');
}
console.log(JSON.stringify({ files, invalid }));
