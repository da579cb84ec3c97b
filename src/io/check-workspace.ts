// Checks one workspace end to end: load, schema, domain rules, phase, then positions.
import type { AnyRule } from '../core/rules/rule.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { PhaseStatus } from '../core/plan/phase-status.js';
import { phaseStatus } from '../core/plan/phases.js';
import type { Plan } from '../core/plan/workspace.js';
import { mergeSettings, runRules, type RuleSettings } from '../core/rules/engine.js';
import { RULES } from '../core/rules/registry.js';
import type { SchemaDiagnostic } from '../core/schema/schema-diagnostics.js';
import { loadWorkspace, type LoadedWorkspace, type LoadOptions } from './load-workspace.js';
import { makeLocator } from './positions.js';

export interface CheckOptions extends LoadOptions {
  settings?: RuleSettings;
  rules?: readonly AnyRule[];
  /** The day to judge the plan on (YYYY-MM-DD); default: today's local date. */
  today?: string;
}

/** Today's local calendar day, YYYY-MM-DD. */
export const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The outcome of checking one workspace. */
export interface CheckedWorkspace {
  root: string;
  plan: Plan;
  phase: PhaseStatus;
  diagnostics: Diagnostic[];
  files: string[];
  /** Text of the files that have diagnostics. */
  sources: Map<string, string>;
}

/** Loads and checks the workspace at `dir`. */
export async function checkWorkspace(dir: string, opts: CheckOptions): Promise<CheckedWorkspace> {
  return checkLoaded(await loadWorkspace(dir, opts), opts);
}

/** Runs the rules on an already loaded workspace and resolves every position. */
export async function checkLoaded(ws: LoadedWorkspace, opts: CheckOptions): Promise<CheckedWorkspace> {
  const settings = mergeSettings(ws.plan.manifest?.data, opts.settings);
  ws.plan.today = opts.today ?? localToday();
  const ruleDiags = runRules(ws.plan, opts.rules ?? RULES, settings, opts.lang);
  const diagnostics: SchemaDiagnostic[] = [...ws.diagnostics, ...ruleDiags];
  const sources = await resolvePositions(diagnostics, ws.sources);
  return { root: ws.plan.root, plan: ws.plan, phase: phaseStatus(ws.plan), diagnostics: diagnostics.map(strip), files: ws.files, sources };
}

/** Fills line/col from the YAML source of each file that has diagnostics; returns those sources. */
export async function resolvePositions(diagnostics: SchemaDiagnostic[], sources: Map<string, string>): Promise<Map<string, string>> {
  const used = new Map<string, string>();
  const byFile = new Map<string, SchemaDiagnostic[]>();
  for (const d of diagnostics) {
    const text = sources.get(d.file);
    if (text === undefined) continue;
    used.set(d.file, text);
    if (d.line !== undefined) continue;
    let list = byFile.get(d.file);
    if (!list) byFile.set(d.file, (list = []));
    list.push(d);
  }
  for (const [file, list] of byFile) {
    const locator = await makeLocator(used.get(file)!);
    for (const d of list) Object.assign(d, locator.locate(d.path, { key: d.atKey }));
  }
  return used;
}

const strip = ({ atKey: _atKey, ...d }: SchemaDiagnostic): Diagnostic => d;
