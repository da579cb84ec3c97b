// PAC-GEN-001: the diagnosis contains a gender analysis (LO 113-14 art. 78: the plan takes the gender
// approach into account), which the printed chapter on participation and gender is built from.
import { defineRule } from '../rule.js';

/** diagnosis.yaml without gender_analysis, or with an empty Arabic summary. */
export default defineRule({
  code: 'PAC-GEN-001',
  title: {
    ar: 'التشخيص يتضمن تحليل مقاربة النوع',
    fr: 'Le diagnostic comporte une analyse genre',
    en: 'Diagnosis has a gender analysis',
  },
  severity: 'error',
  phase: 1,
  needs: ['diagnosis'],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: () => 'لا يتضمن التشخيص تحليلا لمقاربة النوع (gender_analysis)',
    fr: () => 'Le diagnostic ne comporte pas d’analyse genre (gender_analysis)',
    en: () => 'The diagnosis has no gender analysis (gender_analysis)',
  },
  check(plan, { report }) {
    const doc = plan.diagnosis!;
    const g = doc.data.gender_analysis;
    if (!g) report({ doc, path: ['gender_analysis'] }, {}, { expected: 'gender_analysis', found: '—' });
    else if (g.summary.ar.trim() === '')
      report({ doc, path: ['gender_analysis', 'summary', 'ar'] }, {}, { expected: 'gender_analysis.summary.ar', found: '—' });
  },
});
