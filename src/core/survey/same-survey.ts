// Recognises an export that is already in consultations.yaml: the same respondents and the same counts
// for every question mean the same survey, whatever id or title it was given.
import type { ConsultationsFile } from '../plan/schema-types.js';
import { canonicalJson } from '../decide/programme-fingerprint.js';
import type { SurveySummary } from './summarise-survey.js';

const countsOf = (respondents: unknown, questions: ReadonlyArray<{ name: string; results: unknown }>) =>
  canonicalJson({ respondents, questions: [...questions].map((q) => ({ name: q.name, results: q.results })).sort((a, b) => (a.name < b.name ? -1 : 1)) });

/** The id of the survey of `consultations` holding exactly the figures of `summary`, if any. */
export function sameSurvey(consultations: ConsultationsFile | undefined, summary: SurveySummary): string | undefined {
  const mine = countsOf(summary.respondents, summary.questions);
  return (consultations?.surveys ?? []).find((s) => countsOf(s.respondents, s.questions ?? []) === mine)?.id;
}
