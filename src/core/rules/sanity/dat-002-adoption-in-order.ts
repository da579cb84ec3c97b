// PAC-DAT-002: the adoption steps come in their order: a committee reports on a draft it has received
// (Decree 2-16-301 art. 10), and the governor receives and signs the visa of a deliberation the council
// has held (LO 113-14 art. 118).
import { defineRule } from '../rule.js';

type Step = 'report' | 'received' | 'visa';

/** committee reports ≥ referral; visa received_on and visa_on ≥ session date; visa_on ≥ received_on. */
export default defineRule({
  code: 'PAC-DAT-002',
  title: {
    ar: 'مراحل المصادقة في ترتيبها',
    fr: 'Étapes de l’adoption dans l’ordre',
    en: 'Adoption steps in order',
  },
  severity: 'error',
  phase: 5,
  needs: ['adoption'],
  basis: 'Decree 2-16-301 art. 10; LO 113-14 art. 118',
  message: {
    ar: (a) =>
      ({
        report: `تقرير اللجنة مؤرخ في ${a.found}، قبل إحالة المشروع عليها (${a.before})`,
        received: `توصل العامل بالمقرر في ${a.found}، قبل انعقاد الدورة (${a.before})`,
        visa: `التأشيرة مؤرخة في ${a.found}، قبل ${a.before}`,
      })[a.step as Step],
    fr: (a) =>
      ({
        report: `Le rapport de la commission est daté du ${a.found}, avant la saisine (${a.before})`,
        received: `La délibération est reçue par le gouverneur le ${a.found}, avant la session (${a.before})`,
        visa: `Le visa est daté du ${a.found}, avant le ${a.before}`,
      })[a.step as Step],
    en: (a) =>
      ({
        report: `The committee report is dated ${a.found}, before the referral (${a.before})`,
        received: `The governor received the deliberation on ${a.found}, before the session (${a.before})`,
        visa: `The visa is dated ${a.found}, before ${a.before}`,
      })[a.step as Step],
  },
  check(plan, { report }) {
    const doc = plan.adoption!;
    const a = doc.data;
    const early = (path: (string | number)[], step: Step, found: string | undefined, before: string | undefined) => {
      if (found && before && found < before) report({ doc, path }, { step, found, before }, { expected: `≥ ${before}`, found });
    };
    (a.committee_reports ?? []).forEach((r, k) => early(['committee_reports', k, 'date'], 'report', r.date, a.committee_referral?.date));
    const session = a.session?.date;
    // A deliberation received before its session is PAC-ADO-009's finding (the adoption chain).
    const after = [session, a.visa?.received_on]
      .filter((d): d is string => !!d)
      .sort()
      .pop();
    early(['visa', 'visa_on'], 'visa', a.visa?.visa_on, after);
  },
});
