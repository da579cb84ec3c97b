// PAC-ADO-001: the president sends the draft to the standing committees at least 30 days before the
// session that adopts it (Decree 2-16-301 art. 10), so that they can study it and report.
import { defineRule } from '../rule.js';
import { daysBetween } from './dates.js';

/** With a session recorded: committee_referral missing, or dated fewer than `days` days before it. */
export default defineRule<{ days: number }>({
  code: 'PAC-ADO-001',
  title: {
    ar: 'إحالة المشروع على اللجان الدائمة 30 يوما على الأقل قبل الدورة',
    fr: 'Saisine des commissions au moins 30 jours avant la session',
    en: 'Committees seized at least 30 days before the session',
  },
  severity: 'error',
  phase: 4,
  needs: ['adoption'],
  basis: 'Decree 2-16-301 art. 10',
  params: {
    days: {
      default: 30,
      min: 0,
      integer: true,
      description: {
        ar: 'أدنى عدد من الأيام بين الإحالة على اللجان ودورة المصادقة',
        fr: 'Nombre minimal de jours entre la saisine des commissions et la session d’adoption',
        en: 'Fewest days between the committee referral and the adoption session',
      },
    },
  },
  message: {
    ar: (a) =>
      a.case === 'missing'
        ? `لم يسجل تاريخ إحالة المشروع على اللجان الدائمة (committee_referral) قبل دورة ${a.session}`
        : `أحيل المشروع على اللجان في ${a.referral} والدورة في ${a.session}: المدة الفاصلة (بالأيام) ${a.found}، والحد الأدنى ${a.expected}`,
    fr: (a) =>
      a.case === 'missing'
        ? `La saisine des commissions permanentes (committee_referral) n’est pas enregistrée avant la session du ${a.session}`
        : `Les commissions ont été saisies le ${a.referral}, ${a.found} jours seulement avant la session du ${a.session} ; il en faut au moins ${a.expected}`,
    en: (a) =>
      a.case === 'missing'
        ? `The referral to the standing committees (committee_referral) is not recorded before the session on ${a.session}`
        : `The committees were seized on ${a.referral}, only ${a.found} days before the session on ${a.session}; at least ${a.expected} are required`,
  },
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const { session, committee_referral: referral } = doc.data;
    if (!session) return;
    if (!referral) {
      report({ doc, path: ['committee_referral'] }, { case: 'missing', session: session.date }, { expected: 'committee_referral.date', found: '—' });
      return;
    }
    const gap = daysBetween(referral.date, session.date);
    if (gap < params.days)
      report(
        { doc, path: ['committee_referral', 'date'] },
        { case: 'late', referral: referral.date, session: session.date, expected: params.days, found: gap },
        { expected: `≥ ${params.days}`, found: gap },
      );
  },
});
