// PAC-PHS-001: the procedure runs in phases (diagnosis → priorities → projects → adoption); a file of
// a later phase without the files of the earlier ones means a step was skipped (practice; domain note §2).
import path from 'node:path';
import { KIND_FILES, PROJECTS_DIR, type SchemaKind } from '../../schema/kinds.js';
import { defineRule } from '../rule.js';

// The phase each file kind is produced in; plan.yaml is the workspace itself, not a step.
const PHASE_OF: Record<Exclude<SchemaKind, 'plan'>, number> = {
  commune: 1,
  diagnosis: 1,
  consultations: 1,
  priorities: 2,
  project: 3,
  finance: 3,
  indicators: 3,
  adoption: 4,
};

const fileName = (kind: SchemaKind): string => (kind === 'project' ? `${PROJECTS_DIR}/` : KIND_FILES[kind]);

/** One warning per missing file of an earlier phase than a file that exists, reported on the missing file. */
export default defineRule({
  code: 'PAC-PHS-001',
  title: {
    ar: 'احترام ترتيب المراحل',
    fr: 'Ordre des phases respecté',
    en: 'Phases in order',
  },
  severity: 'warning',
  phase: 1,
  needs: [],
  basis: 'practice',
  message: {
    ar: (a) => `الملف ${a.missing} (المرحلة ${a.phase}) غير موجود، بينما توجد ملفات مرحلة لاحقة: ${a.later}`,
    fr: (a) => `Le fichier ${a.missing} (phase ${a.phase}) manque alors que des fichiers d’une phase ultérieure existent : ${a.later}`,
    en: (a) => `${a.missing} (phase ${a.phase}) is missing while files of a later phase exist: ${a.later}`,
  },
  check(plan, { report }) {
    const kinds = Object.keys(PHASE_OF) as Array<keyof typeof PHASE_OF>;
    for (const kind of kinds) {
      if (plan.present.has(kind)) continue;
      const later = kinds.filter((k) => PHASE_OF[k] > PHASE_OF[kind] && plan.present.has(k)).map(fileName);
      if (!later.length) continue;
      const file = path.join(plan.root, fileName(kind));
      report({ doc: { file, kind, data: undefined }, path: [] }, { missing: fileName(kind), phase: PHASE_OF[kind], later: later.join(', ') }, { expected: fileName(kind), found: '—' });
    }
  },
});
