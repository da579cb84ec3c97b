// PAC-REF-004: project dependencies and exclusions name projects of the plan (practice: the
// selection of phase 3 reads them as constraints).
import { defineRule } from '../rule.js';
import { checkReference, unknownReferenceMessage } from './unknown-reference.js';

/** project depends_on / excludes → project ids. */
export default defineRule({
  code: 'PAC-REF-004',
  title: {
    ar: 'المشاريع المرتبطة موجودة',
    fr: 'Projets liés existants',
    en: 'Linked projects exist',
  },
  severity: 'error',
  phase: 3,
  needs: ['project'],
  basis: 'practice',
  message: unknownReferenceMessage,
  check(plan, ctx) {
    const projects = new Set(plan.projects.map((d) => d.data.id));
    for (const doc of plan.projects)
      for (const key of ['depends_on', 'excludes'] as const) doc.data[key]?.forEach((id, i) => checkReference(ctx, doc, [key, i], id, projects, 'project'));
  },
});
