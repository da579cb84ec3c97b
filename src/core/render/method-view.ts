// The method of preparation: the five stages of the procedure with their dates and the number of
// meetings and participants, computed from consultations.yaml and adoption.yaml (nothing is typed twice).
import type { Plan } from '../plan/workspace.js';

/** One stage of the preparation. Dates are ISO; counts are 0 when the stage had no meeting. */
export interface MethodStage {
  key: string;
  from: string | null;
  to: string | null;
  events: number;
  participants: number;
  women: number;
  respondents: number;
}

// Which stage a consultation belongs to: the launch meeting, the diagnosis (workshops, groups, services,
// forms, surveys), the ranking presented to the equality body, the committees' review of the draft.
const STAGE_OF: Record<string, string> = {
  launch: 'phase.launch',
  workshop_sectoral: 'phase.diagnosis',
  workshop_territorial: 'phase.diagnosis',
  target_group: 'phase.diagnosis',
  services_meeting: 'phase.diagnosis',
  online_form: 'phase.diagnosis',
  survey: 'phase.diagnosis',
  iecag: 'phase.priorities',
  committee: 'phase.drafting',
};
const STAGES = ['phase.launch', 'phase.diagnosis', 'phase.priorities', 'phase.drafting', 'phase.adoption'];

/** Builds the stages, in procedure order; a stage with no date and no meeting is left out. */
export function methodView(plan: Plan): MethodStage[] {
  const dates = new Map<string, string[]>(STAGES.map((k) => [k, []]));
  const stages = new Map<string, MethodStage>(STAGES.map((key) => [key, { key, from: null, to: null, events: 0, participants: 0, women: 0, respondents: 0 }]));
  for (const c of plan.consultations?.data.consultations ?? []) {
    const key = STAGE_OF[c.type] ?? 'phase.diagnosis';
    const s = stages.get(key)!;
    s.events++;
    s.participants += c.participants.total;
    s.women += c.participants.women;
    dates.get(key)!.push(c.date);
  }
  for (const s of plan.consultations?.data.surveys ?? []) {
    stages.get('phase.diagnosis')!.respondents += s.respondents.total;
    dates.get('phase.diagnosis')!.push(s.start_date, ...(s.end_date ? [s.end_date] : []));
  }
  const a = plan.adoption?.data;
  const drafting = dates.get('phase.drafting')!;
  if (a?.bureau_review_on) drafting.push(a.bureau_review_on);
  if (a?.committee_referral) drafting.push(a.committee_referral.date);
  for (const r of a?.committee_reports ?? []) drafting.push(r.date);
  const adoption = dates.get('phase.adoption')!;
  if (a?.session) adoption.push(a.session.date, ...a.session.convocations.map((c) => c.date));
  if (a?.visa) adoption.push(a.visa.received_on, ...(a.visa.visa_on ? [a.visa.visa_on] : []));
  for (const [key, ds] of dates) {
    const sorted = [...ds].sort();
    const s = stages.get(key)!;
    s.from = sorted[0] ?? null;
    s.to = sorted.length > 1 && sorted[sorted.length - 1] !== sorted[0] ? sorted[sorted.length - 1]! : null;
  }
  return STAGES.map((k) => stages.get(k)!).filter((s) => s.from !== null || s.events > 0);
}
