// PAC-GEN-003: each project says how many women and men it serves (LO 113-14 art. 78: gender
// approach), so that the plan can show who benefits; the two counts must add up to the total.
import { defineRule } from '../rule.js';

const CASE = {
  missing: {
    ar: 'لا يذكر عدد المستفيدين (beneficiaries)',
    fr: 'n’indique pas ses bénéficiaires (beneficiaries)',
    en: 'states no beneficiaries (beneficiaries)',
  },
  unsplit: {
    ar: 'لا يوزع المستفيدين حسب الجنس (women و men)',
    fr: 'ne répartit pas ses bénéficiaires par sexe (women et men)',
    en: 'does not split its beneficiaries by sex (women and men)',
  },
} as const;

/** A project without beneficiaries, without women/men counts, or whose women + men ≠ total. */
export default defineRule({
  code: 'PAC-GEN-003',
  title: {
    ar: 'المستفيدون من كل مشروع موزعون حسب الجنس',
    fr: 'Bénéficiaires de chaque projet répartis par sexe',
    en: 'Project beneficiaries split by sex',
  },
  severity: 'error',
  phase: 3,
  needs: ['project'],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: (a) =>
      a.case === 'sum'
        ? `المشروع ${a.project}: النساء + الرجال = ${a.sum}، بينما مجموع المستفيدين ${a.total}`
        : `المشروع ${a.project} ${CASE[a.case as keyof typeof CASE].ar}`,
    fr: (a) =>
      a.case === 'sum'
        ? `Projet ${a.project} : femmes + hommes = ${a.sum}, mais le total des bénéficiaires est ${a.total}`
        : `Le projet ${a.project} ${CASE[a.case as keyof typeof CASE].fr}`,
    en: (a) =>
      a.case === 'sum'
        ? `Project ${a.project}: women + men = ${a.sum}, but the beneficiaries total is ${a.total}`
        : `Project ${a.project} ${CASE[a.case as keyof typeof CASE].en}`,
  },
  check(plan, { report }) {
    for (const doc of plan.projects) {
      const project = doc.data.id;
      const b = doc.data.beneficiaries;
      if (!b) report({ doc, path: ['beneficiaries'] }, { project, case: 'missing' }, { expected: 'beneficiaries: { total, women, men }', found: '—' });
      else if (b.women === undefined || b.men === undefined)
        report(
          { doc, path: ['beneficiaries'] },
          { project, case: 'unsplit' },
          { expected: 'women, men', found: b.women === undefined && b.men === undefined ? '—' : b.women === undefined ? 'men' : 'women' },
        );
      else if (b.women + b.men !== b.total)
        report(
          { doc, path: ['beneficiaries', 'total'] },
          { project, case: 'sum', sum: b.women + b.men, total: b.total },
          { expected: b.women + b.men, found: b.total },
        );
    }
  },
});
