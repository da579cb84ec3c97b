// Carrying out the plan: who steers and follows it, the reporting calendar, the communication plan
// (plan.yaml `implementation`), with the yearly evaluation of indicators.yaml in the calendar.
import type { Plan } from '../plan/workspace.js';
import { bi } from './bi.js';
import type { Bi } from './view-model.js';

/** The implementation sections. Empty lists when the plan says nothing. */
export interface ImplementationView {
  steering: { body: Bi; role: Bi; members: Bi | null }[];
  reporting: { report: Bi | null; key: string | null; frequency: string; month: number | null; by: Bi | null; to: Bi | null }[];
  communication: { action: Bi; channel: string; audience: Bi | null; when: Bi | null }[];
}

/** Builds the implementation sections. */
export function implementationView(plan: Plan): ImplementationView {
  const im = plan.manifest?.data.implementation;
  const reporting: ImplementationView['reporting'] = (im?.reporting ?? []).map((r) => ({
    report: bi(r.report),
    key: null,
    frequency: r.frequency,
    month: r.month ?? null,
    by: bi(r.by),
    to: bi(r.to),
  }));
  // The yearly evaluation report of indicators.yaml belongs in the calendar when the plan lists no report that month.
  const evaluation = plan.indicators?.data.reporting;
  if (evaluation?.evaluation_month && !reporting.some((r) => r.month === evaluation.evaluation_month && r.frequency === 'annual'))
    reporting.push({ report: null, key: 'sec.reporting', frequency: 'annual', month: evaluation.evaluation_month, by: null, to: null });
  return {
    steering: (im?.steering ?? []).map((s) => ({ body: bi(s.body)!, role: bi(s.role)!, members: bi(s.members) })),
    reporting,
    communication: (im?.communication ?? []).map((c) => ({ action: bi(c.action)!, channel: c.channel, audience: bi(c.audience), when: bi(c.when) })),
  };
}
