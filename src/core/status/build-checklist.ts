// Each phase's checklist, derived from the phase requirements and from the registered rules of that
// phase: a new rule or requirement appears here by itself.
import type { AnyRule } from '../rules/rule.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { PHASE_REQUIREMENTS } from '../plan/phases.js';
import type { Plan } from '../plan/workspace.js';
import type { RuleSettings } from '../rules/engine.js';
import { REQUIREMENT_BASIS, REQUIREMENT_COMMAND } from './requirement-basis.js';
import type { ChecklistItem, ItemState, NextAction, PhaseChecklist } from './status-report.js';

const PHASES = [1, 2, 3, 4, 5] as const;

/** The five checklists. `settings` are the merged rule settings (to show disabled rules as off). */
export function buildChecklists(plan: Plan, diagnostics: Diagnostic[], rules: readonly AnyRule[], settings: RuleSettings): PhaseChecklist[] {
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    let list = byCode.get(d.code);
    if (!list) byCode.set(d.code, (list = []));
    list.push(d);
  }
  const disabled = new Set(settings.disable ?? []);
  return PHASES.map((phase) => {
    const items: ChecklistItem[] = PHASE_REQUIREMENTS[phase].map((r) => ({
      id: r.item,
      source: 'requirement',
      // A requirement whose file is there but failed to load is an error to fix, not a step to do.
      state: r.met(plan) ? 'done' : plan.invalid.has(r.kind) ? 'error' : 'missing',
      basis: REQUIREMENT_BASIS[r.item] ?? '',
    }));
    for (const rule of rules.filter((r) => r.phase === phase)) items.push(ruleItem(rule, plan, byCode.get(rule.code) ?? [], disabled));
    return { phase, items, complete: items.every((i) => i.state === 'done' || i.state === 'off') };
  });
}

function ruleItem(rule: AnyRule, plan: Plan, found: Diagnostic[], disabled: Set<string>): ChecklistItem {
  const base = { id: rule.code, source: 'rule' as const, basis: rule.basis, ...(rule.unverified ? { unverified: true } : {}) };
  if (disabled.has(rule.code)) return { ...base, state: 'off' };
  // The follow-up (followup/<year>.yaml) begins after adoption: before its first file, its rules have
  // nothing to judge and owe nothing to the five phases.
  if (rule.needs.includes('followup') && !plan.present.has('followup')) return { ...base, state: 'off' };
  // The engine skips a rule whose files are missing or broken: the requirement is not yet checkable.
  if (rule.needs.some((k) => !plan.present.has(k) || plan.invalid.has(k))) return { ...base, state: 'missing' };
  if (!found.length) return { ...base, state: 'done' };
  const state: ItemState = found.some((d) => d.severity === 'error') ? 'error' : found.some((d) => d.severity === 'warning') ? 'warning' : 'done';
  return { ...base, state, findings: found.length, severity: found.some((d) => d.severity === 'error') ? 'error' : found[0]!.severity };
}

/** What to do next: the current phase's missing requirements, then its rules in error, with commands. */
export function nextActions(checklists: PhaseChecklist[], current: number): NextAction[] {
  const list = checklists.find((c) => c.phase === current);
  const out: NextAction[] = [];
  // Errors in earlier phases come first: a later phase built on them would have to be redone.
  for (const c of checklists.filter((c) => c.phase <= current))
    for (const i of c.items.filter((i) => i.state === 'error')) out.push({ item: i.id, command: `plan validate` });
  if (list)
    for (const i of list.items.filter((i) => i.source === 'requirement' && i.state === 'missing')) out.push({ item: i.id, command: REQUIREMENT_COMMAND[i.id] });
  return out;
}
