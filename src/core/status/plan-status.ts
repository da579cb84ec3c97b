// Assembles the status report of a checked workspace: checklists, current phase, next actions, calendar.
import type { AnyRule } from '../rules/rule.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PhaseStatus } from '../plan/phase-status.js';
import type { Plan } from '../plan/workspace.js';
import { mergeSettings, type RuleSettings } from '../rules/engine.js';
import { buildCalendar, planVoteOutcome } from './build-calendar.js';
import { buildChecklists, nextActions } from './build-checklist.js';
import { updateState } from '../update/update-start.js';
import type { CalendarEntry, NextAction, PhaseChecklist, StatusReport } from './status-report.js';

// The steps after the vote, in the procedure's order, with the command that records each.
const AFTER_VOTE: { id: CalendarEntry['id']; command?: string }[] = [
  { id: 'transmission', command: 'plan adopt visa' },
  { id: 'visa', command: 'plan adopt visa' },
  { id: 'decision_summary', command: 'plan adopt publication --step decision_summary' },
  { id: 'publication', command: 'plan adopt publication --step plan' },
  { id: 'open_data', command: 'plan adopt publication --step open_data' },
  { id: 'update_window', command: 'adoption.yaml: updates' },
];

// The yearly follow-up, with what records each step of year Y.
const FOLLOWUP: Partial<Record<CalendarEntry['id'], (y: number) => string>> = {
  followup_file: (y) => `followup/${y}.yaml`,
  annual_evaluation: (y) => `plan report --year ${y}; followup/${y}.yaml: review.committees_on`,
  council_review: (y) => `followup/${y}.yaml: review.session_on`,
};

// Requirement items whose recorded date must not lie after today to count as done.
function futureItems(plan: Plan, today: string): Set<string> {
  const a = plan.adoption?.data;
  const out = new Set<string>();
  if (!a) return out;
  if (a.committee_referral && a.committee_referral.date > today) out.add('adoption.yaml#committee_referral');
  if (a.committee_reports?.some((r) => r.date > today)) out.add('adoption.yaml#committee_reports');
  if (a.session && a.session.date > today) {
    out.add('adoption.yaml#session');
    if (a.votes) out.add('adoption.yaml#votes');
  }
  if (a.visa && (a.visa.received_on > today || (a.visa.visa_on ?? '') > today)) out.add('adoption.yaml#visa');
  for (const [key, date] of Object.entries(a.publication ?? {})) if (key.endsWith('_on') && String(date) > today) out.add(`adoption.yaml#publication.${key}`);
  return out;
}

/** The checklists with facts in the future marked missing and a vote that did not adopt the plan marked in error. */
function adjust(phases: PhaseChecklist[], future: Set<string>, vote: StatusReport['vote']): PhaseChecklist[] {
  return phases.map((p) => {
    const items = p.items.map((i) => {
      if (i.source !== 'requirement') return i;
      if (future.has(i.id)) return { ...i, state: 'missing' as const };
      if (i.id === 'adoption.yaml#votes' && vote && vote !== 'adopted') return { ...i, state: 'error' as const };
      return i;
    });
    return { ...p, items, complete: items.every((i) => i.state === 'done' || i.state === 'off') };
  });
}

/** The status of a plan on `today` (YYYY-MM-DD). */
export function planStatus(
  checked: { root: string; plan: Plan; phase: PhaseStatus; diagnostics: Diagnostic[] },
  rules: readonly AnyRule[],
  today: string,
  runSettings: RuleSettings = {},
): StatusReport {
  const settings = mergeSettings(checked.plan.manifest?.data, runSettings);
  const vote = planVoteOutcome(checked.plan, settings);
  const phases = adjust(buildChecklists(checked.plan, checked.diagnostics, rules, settings), futureItems(checked.plan, today), vote);
  const { session, calendar } = buildCalendar(checked.plan, today, settings);
  // The procedure is over only once every phase is complete on today's facts and the vote adopted the plan.
  const firstOpen = phases.find((p) => !p.items.every((i) => i.source === 'rule' || i.state === 'done'));
  const current = checked.phase.current === 6 && firstOpen ? firstOpen.phase : checked.phase.current;
  const next: NextAction[] = nextActions(phases, current);
  if (current === 5 && vote && vote !== 'adopted') next.unshift({ item: 'adoption.yaml#votes', command: 'plan adopt session; plan adopt votes' });
  if (current === 6)
    for (const step of AFTER_VOTE) {
      const e = calendar.find((c) => c.id === step.id);
      if (e && (!e.recorded || e.future)) next.push({ item: `cal.${step.id}`, ...(step.command ? { command: step.command } : {}), date: e.date });
    }
  // Every follow-up step the calendar shows (past years, and the first year in force) not recorded yet.
  if (current === 6)
    for (const e of calendar) {
      const command = FOLLOWUP[e.id];
      if (command && e.year !== undefined && (!e.recorded || e.future))
        next.push({ item: `cal.${e.id}`, command: command(e.year), date: e.date, year: e.year });
    }
  const update = updateState(checked.plan);
  return {
    workspace: checked.root,
    today,
    current,
    phases,
    next,
    ...(session ? { session } : {}),
    calendar,
    ...(vote ? { vote } : {}),
    ...(update.state === 'open' ? { update: { number: update.update.number, started_on: update.update.started_on, base: update.update.base } } : {}),
    counts: {
      error: checked.diagnostics.filter((d) => d.severity === 'error').length,
      warning: checked.diagnostics.filter((d) => d.severity === 'warning').length,
    },
  };
}
