// Which of the five phases a plan has reached, and what that phase still lacks.
import type { Plan } from './workspace.js';
import type { PhaseStatus } from './phase-status.js';

type Requirement = { item: string; met: (p: Plan) => boolean };

// Presence is judged on files that exist, valid or not: a broken file is reported by the checks,
// and the phase should not move back because of a typo.
const has = (p: Plan, kind: Parameters<Plan['present']['has']>[0]) => p.present.has(kind);

/** The requirements of each phase, in order (procedure: ../docs/format.md, "Phases"). */
export const PHASE_REQUIREMENTS: Record<1 | 2 | 3 | 4 | 5, Requirement[]> = {
  1: [
    { item: 'plan.yaml', met: (p) => has(p, 'plan') },
    { item: 'commune.yaml', met: (p) => has(p, 'commune') },
    { item: 'diagnosis.yaml', met: (p) => has(p, 'diagnosis') },
    { item: 'diagnosis.yaml#swot', met: (p) => p.invalid.has('diagnosis') || !!p.diagnosis?.data.swot },
    { item: 'diagnosis.yaml#gender_analysis', met: (p) => p.invalid.has('diagnosis') || !!p.diagnosis?.data.gender_analysis },
    { item: 'consultations.yaml', met: (p) => has(p, 'consultations') },
  ],
  2: [
    { item: 'priorities.yaml', met: (p) => has(p, 'priorities') },
    { item: 'priorities.yaml#criteria', met: (p) => p.invalid.has('priorities') || !!p.priorities?.data.criteria?.length },
  ],
  3: [
    { item: 'projects/', met: (p) => has(p, 'project') },
    { item: 'finance.yaml', met: (p) => has(p, 'finance') },
    { item: 'indicators.yaml', met: (p) => has(p, 'indicators') },
  ],
  4: [
    { item: 'adoption.yaml', met: (p) => has(p, 'adoption') },
    { item: 'adoption.yaml#committee_referral', met: (p) => p.invalid.has('adoption') || !!p.adoption?.data.committee_referral },
    { item: 'adoption.yaml#committee_reports', met: (p) => p.invalid.has('adoption') || !!p.adoption?.data.committee_reports?.length },
  ],
  5: [
    { item: 'adoption.yaml#session', met: (p) => p.invalid.has('adoption') || !!p.adoption?.data.session },
    { item: 'adoption.yaml#votes', met: (p) => p.invalid.has('adoption') || !!p.adoption?.data.votes },
    { item: 'adoption.yaml#visa', met: (p) => p.invalid.has('adoption') || !!p.adoption?.data.visa },
  ],
};

/** The first phase with an unmet requirement, and those requirements; 6 when all are met. */
export function phaseStatus(plan: Plan): PhaseStatus {
  for (const n of [1, 2, 3, 4, 5] as const) {
    const missing = PHASE_REQUIREMENTS[n].filter((r) => !r.met(plan)).map((r) => r.item);
    if (missing.length) return { current: n, missing };
  }
  return { current: 6, missing: [] };
}
