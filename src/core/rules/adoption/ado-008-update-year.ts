// PAC-ADO-008: the plan may be updated only from its third year (LO 113-14 art. 79, GK), so that an
// early "update" is not used to rewrite the plan just adopted.
import { defineRule } from '../rule.js';

/** An update dated before 1 January of plan year `from_plan_year` (year 1 = period.start_year). */
export default defineRule<{ from_plan_year: number }>({
  code: 'PAC-ADO-008',
  title: {
    ar: 'التحيين ابتداء من السنة الثالثة',
    fr: 'Mise à jour à partir de la 3e année',
    en: 'Update from the third year',
  },
  severity: 'warning',
  phase: 5,
  needs: ['plan', 'adoption'],
  basis: 'LO 113-14 art. 79',
  unverified: true,
  params: {
    from_plan_year: {
      default: 3,
      min: 1, max: 6, integer: true,
      description: {
        ar: 'سنة البرنامج التي يمكن ابتداء منها تحيينه (1 = السنة الأولى)',
        fr: 'Année du plan à partir de laquelle il peut être mis à jour (1 = première année)',
        en: 'Plan year from which the plan may be updated (1 = first year)',
      },
    },
  },
  message: {
    ar: (a) => `التحيين المؤرخ في ${a.date} سابق لبداية السنة ${a.year} من البرنامج (${a.earliest})`,
    fr: (a) => `La mise à jour du ${a.date} précède le début de l’année ${a.year} du plan (${a.earliest})`,
    en: (a) => `The update dated ${a.date} comes before the start of plan year ${a.year} (${a.earliest})`,
  },
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const first = plan.manifest!.data.period.start_year + params.from_plan_year - 1;
    const earliest = `${String(first).padStart(4, '0')}-01-01`;
    doc.data.updates?.forEach((u, i) => {
      if (u.date < earliest)
        report({ doc, path: ['updates', i, 'date'] }, { date: u.date, year: params.from_plan_year, earliest }, { expected: `≥ ${earliest}`, found: u.date });
    });
  },
});
