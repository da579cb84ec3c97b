// Assembles the status report of a checked workspace: checklists, current phase, next actions, calendar.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PhaseStatus } from '../plan/phase-status.js';
import type { Plan } from '../plan/workspace.js';
import { mergeSettings, type RuleSettings } from '../rules/engine.js';
import type { Rule } from '../rules/rule.js';
import { buildCalendar } from './build-calendar.js';
import { buildChecklists, nextActions } from './build-checklist.js';
import type { StatusReport } from './status-report.js';

/** The status of a plan on `today` (YYYY-MM-DD). */
export function planStatus(
  checked: { root: string; plan: Plan; phase: PhaseStatus; diagnostics: Diagnostic[] },
  rules: readonly Rule<any>[],
  today: string,
  runSettings: RuleSettings = {},
): StatusReport {
  const settings = mergeSettings(checked.plan.manifest?.data, runSettings);
  const phases = buildChecklists(checked.plan, checked.diagnostics, rules, settings);
  const { session, calendar } = buildCalendar(checked.plan, today, settings);
  return {
    workspace: checked.root,
    today,
    current: checked.phase.current,
    phases,
    next: nextActions(phases, checked.phase.current),
    ...(session ? { session } : {}),
    calendar,
    counts: {
      error: checked.diagnostics.filter((d) => d.severity === 'error').length,
      warning: checked.diagnostics.filter((d) => d.severity === 'warning').length,
    },
  };
}
