// PAC-REF-005: each priority is traced to the diagnosis or the consultations it came from
// (LO 113-14 art. 78: priorities follow the diagnosis and a participatory approach).
import { defineRule } from '../rule.js';
import { checkReference, unknownReferenceMessage } from './unknown-reference.js';

/** priority.source_ids → diagnosis problems/potentials, consultations, proposals or surveys. */
export default defineRule({
  code: 'PAC-REF-005',
  title: {
    ar: 'مصادر الأولويات موجودة',
    fr: 'Sources des priorités existantes',
    en: 'Priority sources exist',
  },
  severity: 'error',
  phase: 2,
  needs: ['priorities', 'diagnosis', 'consultations'],
  basis: 'LO 113-14 art. 78',
  message: unknownReferenceMessage,
  check(plan, ctx) {
    const known = new Set<string>();
    for (const s of plan.diagnosis!.data.sectors) for (const item of [...(s.problems ?? []), ...(s.potentials ?? [])]) known.add(item.id);
    const k = plan.consultations!.data;
    for (const c of k.consultations) {
      known.add(c.id);
      for (const p of c.proposals ?? []) known.add(p.id);
    }
    for (const s of k.surveys ?? []) known.add(s.id);
    const doc = plan.priorities!;
    doc.data.priorities.forEach((p, i) => p.source_ids.forEach((id, j) => checkReference(ctx, doc, ['priorities', i, 'source_ids', j], id, known, 'source')));
  },
});
