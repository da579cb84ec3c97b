// PAC-TRC-003: every priority names where it came from, a diagnosis finding or a consultation
// (LO 113-14 art. 78: diagnosis and participatory approach); PAC-REF-005 then checks those ids exist.
import { defineRule } from '../rule.js';

/** A priority whose source_ids list is empty. */
export default defineRule({
  code: 'PAC-TRC-003',
  title: {
    ar: 'لكل أولوية مصدر',
    fr: 'Chaque priorité a une source',
    en: 'Every priority has a source',
  },
  severity: 'error',
  phase: 2,
  needs: ['priorities'],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: (a) => `الأولوية ${a.priority} لا تذكر مصدرها في التشخيص أو التشاور (source_ids فارغة)`,
    fr: (a) => `La priorité ${a.priority} ne cite aucune source du diagnostic ou des concertations (source_ids est vide)`,
    en: (a) => `Priority ${a.priority} cites no diagnosis or consultation source (source_ids is empty)`,
  },
  check(plan, { report }) {
    const doc = plan.priorities!;
    doc.data.priorities.forEach((p, i) => {
      if (p.source_ids.length === 0) report({ doc, path: ['priorities', i, 'source_ids'] }, { priority: p.id }, { expected: '≥ 1', found: 0 });
    });
  },
});
