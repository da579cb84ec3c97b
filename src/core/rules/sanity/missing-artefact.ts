// The shape shared by the PAC-PHS-* rules: a file a phase produces must be there once a file of a later
// phase exists (the later phase has begun), reported on the missing file with its phase.
import path from 'node:path';
import { KIND_DIRS, KIND_FILES, type SchemaKind } from '../../schema/kinds.js';
import { defineRule, type Rule, type Trilingual } from '../rule.js';

/** The phase each file kind is produced in; plan.yaml is the workspace itself, not a step. */
export const PHASE_OF: Record<Exclude<SchemaKind, 'plan'>, 1 | 2 | 3 | 4 | 5> = {
  commune: 1,
  diagnosis: 1,
  consultations: 1,
  priorities: 2,
  project: 3,
  finance: 3,
  indicators: 3,
  adoption: 4,
  // The yearly follow-up begins once the plan is adopted: it makes a missing adoption.yaml an error.
  followup: 5,
};

/** The name a user sees for a kind's file (projects/ for the project sheets). */
export const artefactName = (kind: SchemaKind): string => (kind === 'project' || kind === 'followup' ? `${KIND_DIRS[kind]}/` : KIND_FILES[kind]);

/** A rule that reports `kind` missing while a file of a later phase exists. */
export function missingArtefactRule(code: string, kind: keyof typeof PHASE_OF, title: Trilingual, basis: string): Rule {
  const phase = PHASE_OF[kind];
  return defineRule({
    code,
    title,
    severity: 'error',
    phase,
    needs: [],
    basis,
    message: {
      ar: (a) => `الملف ${a.missing} (المرحلة ${a.phase}) غير موجود، بينما بدأت مرحلة لاحقة: ${a.later}`,
      fr: (a) => `Le fichier ${a.missing} (phase ${a.phase}) manque alors qu’une phase ultérieure a commencé : ${a.later}`,
      en: (a) => `${a.missing} (phase ${a.phase}) is missing while a later phase has begun: ${a.later}`,
    },
    check(plan, { report }) {
      if (plan.present.has(kind)) return;
      const kinds = Object.keys(PHASE_OF) as Array<keyof typeof PHASE_OF>;
      const later = kinds.filter((k) => PHASE_OF[k] > phase && plan.present.has(k)).map(artefactName);
      if (!later.length) return;
      const file = path.join(plan.root, artefactName(kind));
      report(
        { doc: { file, kind, data: undefined }, path: [] },
        { missing: artefactName(kind), phase, later: later.join(', ') },
        { expected: artefactName(kind), found: '—' },
      );
    },
  });
}
