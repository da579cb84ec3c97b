// PAC-DAT-003: the plan is prepared by the council in office: its consultations and adoption steps are
// dated after the mandate began (LO 113-14 art. 78: the council's plan, within its mandate). How long
// before the mandate a meeting may still count is a parameter.
import type { DataPath } from '../../diagnostics/diagnostic.js';
import type { Doc } from '../../plan/workspace.js';
import { addDays } from '../adoption/dates.js';
import { defineRule } from '../rule.js';

/** Consultations, surveys and adoption steps dated on or after council.mandate_start − days_before. */
export default defineRule<{ days_before: number }>({
  code: 'PAC-DAT-003',
  title: {
    ar: 'الإعداد والمصادقة خلال مدة انتداب المجلس',
    fr: 'Préparation et adoption pendant le mandat',
    en: 'Prepared and adopted within the mandate',
  },
  severity: 'error',
  phase: 1,
  needs: ['commune'],
  basis: 'LO 113-14 art. 78',
  params: {
    days_before: {
      default: 0,
      min: 0,
      integer: true,
      description: {
        ar: 'عدد الأيام قبل بداية الانتداب التي يقبل فيها تاريخ تشاور أو مرحلة',
        fr: 'Jours avant le début du mandat où une concertation ou une étape est encore acceptée',
        en: 'Days before the mandate began that a consultation or a step is still accepted',
      },
    },
  },
  message: {
    ar: (a) => `هذا التاريخ (${a.found}) سابق لبداية انتداب المجلس (${a.mandate})`,
    fr: (a) => `Cette date (${a.found}) précède le début du mandat du conseil (${a.mandate})`,
    en: (a) => `This date (${a.found}) comes before the council’s mandate began (${a.mandate})`,
  },
  check(plan, { params, report }) {
    const mandate = plan.commune!.data.council.mandate_start;
    const limit = addDays(mandate, -params.days_before);
    const before = (doc: Doc<unknown>, path: DataPath, date: string | undefined) => {
      if (date && date < limit) report({ doc, path }, { found: date, mandate }, { expected: `≥ ${limit}`, found: date });
    };
    const k = plan.consultations;
    if (k && !plan.invalid.has('consultations')) {
      k.data.consultations.forEach((c, i) => before(k, ['consultations', i, 'date'], c.date));
      (k.data.surveys ?? []).forEach((s, i) => before(k, ['surveys', i, 'start_date'], s.start_date));
    }
    const d = plan.adoption;
    if (d && !plan.invalid.has('adoption')) {
      const a = d.data;
      before(d, ['bureau_review_on'], a.bureau_review_on);
      before(d, ['committee_referral', 'date'], a.committee_referral?.date);
      (a.committee_reports ?? []).forEach((r, i) => before(d, ['committee_reports', i, 'date'], r.date));
      before(d, ['session', 'date'], a.session?.date);
    }
  },
});
