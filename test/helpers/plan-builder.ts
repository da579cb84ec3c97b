// Test helpers: the minimal valid plan (test/fixtures/minimal) as an in-memory Plan, and a rule runner.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { emptyPlan, type Plan } from '../../src/core/plan/workspace.js';
import { KIND_FILES, type SchemaKind } from '../../src/core/schema/kinds.js';
import { runRules, mergeSettings, type RuleSettings } from '../../src/core/rules/engine.js';
import type { Rule } from '../../src/core/rules/rule.js';
import type { Diagnostic, Lang } from '../../src/core/diagnostics/diagnostic.js';

export const MINIMAL_DIR = path.resolve(__dirname, '../fixtures/minimal');

const read = (file: string): unknown => jsyaml.load(readFileSync(file, 'utf8'), { schema: jsyaml.CORE_SCHEMA });

/** Loads a workspace folder into a Plan without schema checks (fixtures are known to be valid). */
export function loadPlan(dir: string = MINIMAL_DIR): Plan {
  const plan = emptyPlan(dir);
  for (const [kind, name] of Object.entries(KIND_FILES)) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    const k = (kind === 'plan' ? 'manifest' : kind) as Exclude<keyof Plan, 'root' | 'projects' | 'invalid' | 'present'>;
    (plan as any)[k] = { file: path.join(path.basename(dir), name), kind, data: read(file) };
    plan.present.add(kind as SchemaKind);
  }
  const pdir = path.join(dir, 'projects');
  if (existsSync(pdir))
    for (const f of readdirSync(pdir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()) {
      plan.projects.push({ file: path.join(path.basename(dir), 'projects', f), kind: 'project', data: read(path.join(pdir, f)) as any });
      plan.present.add('project');
    }
  return plan;
}

/** Runs one rule (or several) on a plan, with the plan's own settings merged with `settings`. */
export function check(rules: Rule<any> | readonly Rule<any>[], plan: Plan, settings: RuleSettings = {}, lang: Lang = 'en'): Diagnostic[] {
  return runRules(plan, Array.isArray(rules) ? [...(rules as readonly Rule<any>[])] : [rules as Rule<any>], mergeSettings(plan.manifest?.data, settings), lang);
}
