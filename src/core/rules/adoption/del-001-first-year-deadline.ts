// PAC-DEL-001: art. 78 of LO 113-14 says the plan is *prepared* (يتم إعداد / est établi) during the first
// year of the council's mandate at the latest. What "prepared" is measured on is a reading: by default
// the day the finished draft goes to the standing committees (Decree art. 10); `reading: adopted`
// takes the stricter reading, the adoption session. A warning: a late plan is still a plan, but the
// delay must be explained.
import { defineRule } from '../rule.js';
import { addDays, addMonths } from './dates.js';

export type DeadlineReading = 'prepared' | 'adopted';
export const DEADLINE_READINGS: readonly DeadlineReading[] = ['prepared', 'adopted'];

/** The last day of the first `months` months of a mandate that began on `start`. */
export const firstYearDeadline = (start: string, months: number): string => addDays(addMonths(start, months), -1);

/** The act the reading measures: the committee referral (else the session) when prepared, the session when adopted. */
export function deadlineAct(
  reading: DeadlineReading,
  adoption: { committee_referral?: { date: string }; session?: { date: string } } | undefined,
): { date: string; path: string[]; act: 'referral' | 'session' } | undefined {
  if (reading === 'prepared' && adoption?.committee_referral)
    return { date: adoption.committee_referral.date, path: ['committee_referral', 'date'], act: 'referral' };
  if (adoption?.session) return { date: adoption.session.date, path: ['session', 'date'], act: 'session' };
  return undefined;
}

/** The measured act after the last day of the first `months` months from council.mandate_start. */
export default defineRule<{ months: number; reading: DeadlineReading }>({
  code: 'PAC-DEL-001',
  title: {
    ar: 'إعداد البرنامج في السنة الأولى من مدة انتداب المجلس على أبعد تقدير',
    fr: 'Plan établi au plus tard au cours de la première année du mandat',
    en: 'Plan prepared within the first year of the mandate at the latest',
  },
  severity: 'warning',
  phase: 5,
  needs: ['commune', 'adoption'],
  basis: 'LO 113-14 art. 78',
  unverified: true,
  params: {
    months: {
      default: 12,
      min: 0,
      integer: true,
      description: {
        ar: 'مدة السنة الأولى من مدة انتداب المجلس بالأشهر',
        fr: 'Durée, en mois, de la première année du mandat',
        en: 'Length, in months, of the first year of the mandate',
      },
    },
    reading: {
      default: 'prepared',
      values: ['prepared', 'adopted'],
      description: {
        ar: 'prepared: يقاس «الإعداد» بتاريخ إحالة المشروع على اللجان الدائمة (المادة 78: «يتم إعداد»)؛ adopted: قراءة أكثر تشددا تقيسه بتاريخ دورة المصادقة',
        fr: 'prepared : « établi » se mesure à la saisine des commissions permanentes (art. 78 : « est établi ») ; adopted : lecture plus stricte, mesurée à la session d’adoption',
        en: 'prepared: "prepared" is measured on the referral to the standing committees (art. 78: "is prepared"); adopted: a stricter reading, measured on the adoption session',
      },
    },
  },
  message: {
    ar: (a) =>
      `${a.act === 'referral' ? `أحيل مشروع البرنامج على اللجان الدائمة في ${a.date}` : `انعقدت دورة المصادقة في ${a.date}`}، بعد انتهاء السنة الأولى من مدة انتداب المجلس الذي بدأ في ${a.start} (آخر يوم: ${a.deadline}). المادة 78 تنص على إعداد البرنامج خلال هذه السنة على أبعد تقدير؛ القراءة المعتمدة (${a.reading}) تأويل`,
    fr: (a) =>
      `${a.act === 'referral' ? `Le projet de plan a été soumis aux commissions permanentes le ${a.date}` : `La session d’adoption s’est tenue le ${a.date}`}, après la première année du mandat commencé le ${a.start} (dernier jour : ${a.deadline}). L’article 78 veut que le plan soit établi au plus tard au cours de cette année ; la lecture retenue (${a.reading}) est une interprétation`,
    en: (a) =>
      `${a.act === 'referral' ? `The draft plan went to the standing committees on ${a.date}` : `The adoption session was held on ${a.date}`}, after the first year of the mandate that began on ${a.start} (last day: ${a.deadline}). Article 78 has the plan prepared within that year at the latest; the chosen reading (${a.reading}) is an interpretation`,
  },
  check(plan, { params, report }) {
    if (!DEADLINE_READINGS.includes(params.reading)) throw new Error(`reading must be ${DEADLINE_READINGS.join(' or ')}, not "${String(params.reading)}"`);
    // The adoption of an update (plan.yaml `update`, docs/update.md) comes years after the first one by law.
    if (plan.manifest?.data.update) return;
    const doc = plan.adoption!;
    const act = deadlineAct(params.reading, doc.data);
    if (!act) return;
    const start = plan.commune!.data.council.mandate_start;
    // The first year runs up to the day before the anniversary of the mandate.
    const deadline = firstYearDeadline(start, params.months);
    if (act.date > deadline)
      report(
        { doc, path: act.path },
        { act: act.act, date: act.date, start, deadline, reading: params.reading },
        { expected: `≤ ${deadline}`, found: act.date },
      );
  },
});
