// PAC-TRC-001: the diagnosis states both the commune's needs and its potential (LO 113-14 art. 78:
// "diagnosis of the needs and the potential"); priorities are traced back to them.
import { defineRule } from '../rule.js';

const WHAT = {
  problems: { ar: 'المشاكل والحاجيات (problems)', fr: 'problèmes et besoins (problems)', en: 'problems and needs (problems)' },
  potentials: { ar: 'المؤهلات (potentials)', fr: 'potentialités (potentials)', en: 'potentials (potentials)' },
} as const;

/** One error per empty list: no problem, or no potential, in any diagnosis sector. */
export default defineRule({
  code: 'PAC-TRC-001',
  title: {
    ar: 'التشخيص يحدد الحاجيات والمؤهلات',
    fr: 'Le diagnostic établit besoins et potentialités',
    en: 'Diagnosis states needs and potentials',
  },
  severity: 'error',
  phase: 1,
  needs: ['diagnosis'],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: (a) => `لا يتضمن التشخيص أي عنصر من ${WHAT[a.what as keyof typeof WHAT].ar} في قطاعاته البالغ عددها ${a.sectors}`,
    fr: (a) => `Le diagnostic ne contient aucun élément de type ${WHAT[a.what as keyof typeof WHAT].fr} dans ses ${a.sectors} secteur(s)`,
    en: (a) => `The diagnosis lists no ${WHAT[a.what as keyof typeof WHAT].en} in any of its ${a.sectors} sector(s)`,
  },
  check(plan, { report }) {
    const doc = plan.diagnosis!;
    const sectors = doc.data.sectors;
    for (const what of ['problems', 'potentials'] as const) {
      const count = sectors.reduce((n, s) => n + (s[what]?.length ?? 0), 0);
      if (count === 0) report({ doc, path: ['sectors'] }, { what, sectors: sectors.length }, { expected: '≥ 1', found: 0 });
    }
  },
});
