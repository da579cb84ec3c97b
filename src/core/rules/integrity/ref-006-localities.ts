// PAC-REF-006: the douars and neighbourhoods named across the plan are those of the commune profile
// (practice: needs, consultations and projects are mapped and counted by locality).
import type { Doc } from '../../plan/workspace.js';
import { defineRule } from '../rule.js';
import { checkReference, unknownReferenceMessage } from './unknown-reference.js';

/** localities in diagnosis, consultations, priorities and projects → commune.localities. Reads each of those files when present. */
export default defineRule({
  code: 'PAC-REF-006',
  title: {
    ar: 'الدواوير والأحياء المذكورة موجودة',
    fr: 'Douars et quartiers cités existants',
    en: 'Named localities exist',
  },
  severity: 'error',
  phase: 1,
  needs: ['commune'],
  basis: 'practice',
  message: unknownReferenceMessage,
  check(plan, ctx) {
    const known = new Set((plan.commune!.data.localities ?? []).map((l) => l.id));
    const each = (doc: Doc<unknown>, base: (string | number)[], ids: readonly string[] | undefined) =>
      ids?.forEach((id, i) => checkReference(ctx, doc, [...base, 'localities', i], id, known, 'locality'));
    const dg = plan.diagnosis;
    dg?.data.sectors.forEach((s, i) => {
      s.problems?.forEach((p, j) => each(dg, ['sectors', i, 'problems', j], p.localities));
      s.potentials?.forEach((p, j) => each(dg, ['sectors', i, 'potentials', j], p.localities));
    });
    const ks = plan.consultations;
    ks?.data.consultations.forEach((c, i) => each(ks, ['consultations', i], c.localities));
    const pr = plan.priorities;
    pr?.data.priorities.forEach((p, i) => each(pr, ['priorities', i], p.localities));
    for (const doc of plan.projects) each(doc, [], doc.data.localities);
  },
});
