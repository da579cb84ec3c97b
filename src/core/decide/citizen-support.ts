// Scores of a `citizen_support` criterion, computed from the consultations instead of typed in.
import type { ConsultationsFile } from '../plan/schema-types.js';
import type { Criterion } from './criteria.js';

/** A survey answer that counts as support for a priority (priorities.yaml `survey_choices`, or --survey-choice). */
export interface SurveyLink {
  priority: string;
  survey: string;
  question: string;
  choice: string;
}

/** Why a survey link does not resolve: the part that names nothing, and the names it could have used. */
export interface BadLink {
  field: 'survey' | 'question' | 'choice';
  known: string[];
}

/** Checks that a link names a survey of consultations.yaml, one of its questions, and a choice of it. */
export function checkLink(consultations: ConsultationsFile | undefined, l: Omit<SurveyLink, 'priority'>): BadLink | undefined {
  const surveys = consultations?.surveys ?? [];
  const survey = surveys.find((s) => s.id === l.survey);
  if (!survey) return { field: 'survey', known: surveys.map((s) => s.id) };
  const questions = survey.questions ?? [];
  const q = questions.find((x) => x.name === l.question);
  if (!q) return { field: 'question', known: questions.map((x) => x.name) };
  const choices = [...new Set([...Object.keys(q.choices ?? {}), ...Object.keys(q.results.overall)])];
  if (!choices.includes(l.choice)) return { field: 'choice', known: choices };
  return undefined;
}

/** Each priority's support, in 0..1, and the raw figures it came from. */
export interface Support {
  share: number;
  votes: number;
  surveyShare?: number;
}

/**
 * Support of each priority:
 * - votes V = Σ votes of the consultation proposals its source_ids name;
 * - survey share P = Σ over its survey links of (answers for the choice / people who answered the question);
 * - S = mean of V / max V and P / max P over the components that some priority has (max > 0).
 * A priority with neither gets 0: no support was expressed for it.
 */
export function citizenSupport(
  priorities: ReadonlyArray<{ id: string; source_ids: string[] }>,
  consultations: ConsultationsFile | undefined,
  links: readonly SurveyLink[] = [],
): Map<string, Support> {
  const votesOf = new Map<string, number>();
  for (const c of consultations?.consultations ?? []) for (const p of c.proposals ?? []) votesOf.set(p.id, (votesOf.get(p.id) ?? 0) + (p.votes ?? 0));
  const surveyShare = new Map<string, number>();
  for (const l of links) {
    const q = consultations?.surveys?.find((s) => s.id === l.survey)?.questions?.find((q) => q.name === l.question);
    if (!q) continue;
    const overall = q.results.overall;
    const answered: number = q.results.answered ?? Object.values(overall).reduce((a: number, b) => a + (b ?? 0), 0);
    if (answered > 0) surveyShare.set(l.priority, (surveyShare.get(l.priority) ?? 0) + (overall[l.choice] ?? 0) / answered);
  }
  const raw = priorities.map((p) => ({ id: p.id, votes: p.source_ids.reduce((s, id) => s + (votesOf.get(id) ?? 0), 0), share: surveyShare.get(p.id) }));
  const maxV = Math.max(0, ...raw.map((r) => r.votes));
  const maxP = Math.max(0, ...raw.map((r) => r.share ?? 0));
  const out = new Map<string, Support>();
  for (const r of raw) {
    const parts: number[] = [];
    if (maxV > 0) parts.push(r.votes / maxV);
    if (maxP > 0) parts.push((r.share ?? 0) / maxP);
    const share = parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0;
    out.set(r.id, { share, votes: r.votes, ...(r.share !== undefined ? { surveyShare: r.share } : {}) });
  }
  return out;
}

/** The score on the criterion's scale for a support share: min + (max − min) × S, rounded to 2 decimals. */
export function supportScore(c: Criterion, share: number): number {
  const raw = c.scale.min + (c.scale.max - c.scale.min) * share;
  return Math.round(raw * 100) / 100;
}
