// PAC-TRK-005: a value recorded in followup/<year>.yaml is measured in that year; a measurement of the
// year may be made a little after it (a survey in January), within `grace_days` (a reading of the
// annual evaluation practice, not a text: unverified).
import { defineRule } from '../rule.js';

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** measured_on within [year-01-01, year-12-31 + grace_days]. */
export default defineRule<{ grace_days: number }>({
  code: 'PAC-TRK-005',
  title: {
    ar: 'القيمة مقيسة خلال سنة التتبع',
    fr: 'La valeur est mesurée dans l’année du suivi',
    en: 'The value is measured in the follow-up year',
  },
  severity: 'warning',
  phase: 5,
  needs: ['followup'],
  basis: 'LO 113-14 art. 78; practice',
  unverified: true,
  params: {
    grace_days: {
      default: 90,
      min: 0,
      max: 365,
      integer: true,
      description: {
        ar: 'عدد الأيام بعد نهاية السنة التي يقبل فيها قياس يخص تلك السنة',
        fr: 'Jours après la fin de l’année pendant lesquels une mesure de cette année est admise',
        en: 'Days after the end of the year during which a measurement of that year is accepted',
      },
    },
  },
  message: {
    ar: (a) => `قيس المؤشر ${a.indicator} في ${a.found}، خارج سنة التتبع ${a.year} (من ${a.from} إلى ${a.to})`,
    fr: (a) => `L’indicateur ${a.indicator} est mesuré le ${a.found}, hors de l’année de suivi ${a.year} (du ${a.from} au ${a.to})`,
    en: (a) => `Indicator ${a.indicator} is measured on ${a.found}, outside follow-up year ${a.year} (${a.from} to ${a.to})`,
  },
  check(plan, { params, report }) {
    for (const doc of plan.followup) {
      const from = `${doc.data.year}-01-01`;
      const to = addDays(`${doc.data.year}-12-31`, params.grace_days);
      (doc.data.indicators ?? []).forEach((m, i) => {
        if (!m.measured_on || (m.measured_on >= from && m.measured_on <= to)) return;
        report(
          { doc, path: ['indicators', i, 'measured_on'] },
          { indicator: m.indicator, found: m.measured_on, year: String(doc.data.year), from, to },
          { expected: `${from} … ${to}`, found: m.measured_on },
        );
      });
    }
  },
});
