// Checks an edited file before it is saved: its schema first, then the rules that read its kind, run
// on the plan as it would be — only the findings in the edited file are returned.
import type { Diagnostic, Lang } from '../../../core/diagnostics/diagnostic.js';
import type { Doc, Plan } from '../../../core/plan/workspace.js';
import type { SchemaKind } from '../../../core/schema/kinds.js';
import { validators } from '../../../io/validators.js';
import { mergeSettings, runRules } from '../../../core/rules/engine.js';
import { RULES } from '../../../core/rules/registry.js';
import { schemaDiagnostics } from '../../../core/schema/schema-diagnostics.js';
import type { EditTarget } from './run-edit-form.js';

/**
 * Rules that say what a plan in progress still lacks elsewhere (an indicator for a project, a gender
 * analysis, a three-year projection…). Their findings are reported after an edit but never stop it:
 * the missing piece is usually the next thing the user adds, and it may itself need this entry first.
 */
export const COMPLETENESS_CODES: ReadonlySet<string> = new Set([
  'PAC-IND-001',
  'PAC-GEN-001',
  'PAC-FIN-001',
  'PAC-GOV-001',
  'PAC-TRC-001',
  'PAC-ADO-002',
  'PAC-PHS-001',
  'PAC-PDR-001',
  'PAC-INC-001',
  'PAC-INC-002',
  'PAC-INC-003',
  'PAC-IEC-001',
  // A step of a longer edit: the weights add up again once the other criteria are changed, the new
  // priority gets its scores at the next plan prioritize, and plan select brings the programme up to date.
  'PAC-DEC-002',
  'PAC-DEC-006',
  'PAC-PRG-001',
  'PAC-IND-003',
  'PAC-PHS-002',
  'PAC-PHS-003',
  'PAC-PHS-004',
  'PAC-PHS-005',
  'PAC-PHS-006',
  'PAC-PHS-007',
]);

/** True when a finding stops the save (an error that is not about completeness). */
export const blocksSave = (d: Diagnostic): boolean => d.severity === 'error' && !COMPLETENESS_CODES.has(d.code);

/**
 * The findings that should stop the save: those inside the entry just written (`at`), and, when the
 * file existed, those the edit brings about elsewhere in it (e.g. a session entered without a referral).
 * What a plan in progress still lacks (a diagnosis with no gender analysis yet) does not stop it.
 */
export async function checkEdit(
  target: EditTarget,
  kind: SchemaKind,
  rel: string,
  data: unknown,
  lang: Lang,
  at: (string | number)[] = [],
  before?: unknown,
): Promise<Diagnostic[]> {
  const validate = validators()[kind];
  if (!validate(data)) return schemaDiagnostics(validate.errors ?? [], data, rel, lang).map(({ atKey: _k, ...d }) => d as Diagnostic);
  const after = findings(target, kind, rel, data, lang);
  const old = before === undefined ? undefined : findings(target, kind, rel, before, lang);
  const key = (d: Diagnostic) => `${d.code} ${JSON.stringify(d.path)}`;
  const had = new Set(old?.map(key));
  const inside = (d: Diagnostic) => at.every((p, i) => d.path[i] === p);
  return after.filter((d) => inside(d) || (old !== undefined && !had.has(key(d))));
}

function findings(target: EditTarget, kind: SchemaKind, rel: string, data: unknown, lang: Lang): Diagnostic[] {
  const plan: Plan = { ...target.plan, projects: [...target.plan.projects], present: new Set(target.plan.present), invalid: new Set(target.plan.invalid) };
  const doc = { file: rel, kind, data } as Doc<never>;
  if (kind === 'project' || kind === 'followup') {
    // The kinds with one file per entry: the edited file replaces its own in the list.
    const list = kind === 'project' ? (plan.projects = [...plan.projects]) : (plan.followup = [...plan.followup]);
    const i = list.findIndex((p) => p.file === rel);
    if (i >= 0) list[i] = doc;
    else list.push(doc);
  } else {
    const key = ({ plan: 'manifest' } as Record<string, keyof Plan>)[kind] ?? (kind as keyof Plan);
    (plan as unknown as Record<string, unknown>)[key] = doc;
  }
  plan.present.add(kind);
  plan.invalid.delete(kind);
  const settings = mergeSettings(plan.manifest?.data);
  const own = new Set(RULES.filter((r) => r.needs.includes(kind)).map((r) => r.code));
  // Rules that need no file in particular (ids unique across files, parts within their whole) judge
  // every edit too, by their errors: a warning of theirs is for plan validate, not for each entry.
  const rules = RULES.filter((r) => own.has(r.code) || r.needs.length === 0);
  return runRules(plan, rules, settings, lang).filter((d) => d.file === rel && (d.severity === 'error' || (d.severity === 'warning' && own.has(d.code))));
}
