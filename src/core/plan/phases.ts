// Which of the five phases a plan has reached, and what that phase still lacks.
import type { Plan } from './workspace.js';
import type { PhaseStatus } from './phase-status.js';
import type { SchemaKind } from '../schema/kinds.js';

/** A requirement of a phase; `kind` is the file it lives in (a broken file leaves it unmet). */
type Requirement = { item: string; kind: SchemaKind; met: (p: Plan) => boolean };

// A file counts as done only when it loaded and matched its schema: an empty, binary, UTF-16 or
// unreadable file is reported by the checks and never ticks its requirement (docs/architecture.md,
// plan.invalid).
const has = (p: Plan, kind: SchemaKind) => p.present.has(kind) && !p.invalid.has(kind);

/** The requirements of each phase, in order (procedure: ../docs/format.md, "Phases"). */
export const PHASE_REQUIREMENTS: Record<1 | 2 | 3 | 4 | 5, Requirement[]> = {
  1: [
    { item: 'plan.yaml', kind: 'plan', met: (p) => has(p, 'plan') },
    { item: 'commune.yaml', kind: 'commune', met: (p) => has(p, 'commune') },
    { item: 'diagnosis.yaml', kind: 'diagnosis', met: (p) => has(p, 'diagnosis') },
    { item: 'diagnosis.yaml#swot', kind: 'diagnosis', met: (p) => !!p.diagnosis?.data.swot },
    { item: 'diagnosis.yaml#gender_analysis', kind: 'diagnosis', met: (p) => !!p.diagnosis?.data.gender_analysis },
    { item: 'consultations.yaml', kind: 'consultations', met: (p) => has(p, 'consultations') },
  ],
  2: [
    { item: 'priorities.yaml', kind: 'priorities', met: (p) => has(p, 'priorities') },
    { item: 'priorities.yaml#criteria', kind: 'priorities', met: (p) => !!p.priorities?.data.criteria?.length },
  ],
  3: [
    { item: 'projects/', kind: 'project', met: (p) => has(p, 'project') },
    { item: 'finance.yaml', kind: 'finance', met: (p) => has(p, 'finance') },
    { item: 'indicators.yaml', kind: 'indicators', met: (p) => has(p, 'indicators') },
  ],
  4: [
    { item: 'adoption.yaml', kind: 'adoption', met: (p) => has(p, 'adoption') },
    { item: 'adoption.yaml#committee_referral', kind: 'adoption', met: (p) => !!p.adoption?.data.committee_referral },
    { item: 'adoption.yaml#committee_reports', kind: 'adoption', met: (p) => !!p.adoption?.data.committee_reports?.length },
  ],
  5: [
    { item: 'adoption.yaml#session', kind: 'adoption', met: (p) => !!p.adoption?.data.session },
    { item: 'adoption.yaml#votes', kind: 'adoption', met: (p) => !!p.adoption?.data.votes },
    { item: 'adoption.yaml#visa', kind: 'adoption', met: (p) => !!p.adoption?.data.visa },
    // After the visa, the publication steps (LO 113-14 art. 48; law 31-13 art. 10): the procedure ends
    // once the decision summary is posted, the plan published and its data open (plan adopt publication).
    { item: 'adoption.yaml#publication.decision_summary_on', kind: 'adoption', met: (p) => !!p.adoption?.data.publication?.decision_summary_on },
    { item: 'adoption.yaml#publication.plan_published_on', kind: 'adoption', met: (p) => !!p.adoption?.data.publication?.plan_published_on },
    { item: 'adoption.yaml#publication.open_data_published_on', kind: 'adoption', met: (p) => !!p.adoption?.data.publication?.open_data_published_on },
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
