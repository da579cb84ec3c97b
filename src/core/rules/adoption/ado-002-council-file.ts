// PAC-ADO-002: the draft goes to the council with the project monitoring system (Decree 2-16-301
// arts. 6 and 11) and the reports of the standing committees it was referred to (art. 11).
import { defineRule } from '../rule.js';

type Case = 'monitoring' | 'indicators' | 'report' | 'reportLate';

/**
 * With a session recorded: monitoring_system_attached not true; no indicators.yaml (the monitoring
 * system itself); a referred committee without a report; a report dated after the session.
 */
export default defineRule({
  code: 'PAC-ADO-002',
  title: {
    ar: 'ملف المجلس: منظومة التتبع وتقارير اللجان',
    fr: 'Dossier du conseil : système de suivi et rapports des commissions',
    en: 'Council file: monitoring system and committee reports',
  },
  severity: 'error',
  phase: 4,
  needs: ['adoption'],
  basis: 'Decree 2-16-301 arts. 6, 11',
  message: {
    ar: (a) =>
      ({
        monitoring: 'لم تُرفق منظومة تتبع المشاريع بالمشروع المعروض على المجلس (monitoring_system_attached)',
        indicators: 'منظومة تتبع المشاريع غير موجودة: الملف indicators.yaml غائب',
        report: `اللجنة ${a.committee} أحيل عليها المشروع لكن تقريرها غير مسجل في committee_reports`,
        reportLate: `تقرير اللجنة ${a.committee} مؤرخ في ${a.date}، بعد دورة المصادقة (${a.session})`,
      })[a.case as Case],
    fr: (a) =>
      ({
        monitoring: 'Le système de suivi des projets n’est pas joint au projet soumis au conseil (monitoring_system_attached)',
        indicators: 'Le système de suivi des projets manque : pas de fichier indicators.yaml',
        report: `La commission ${a.committee} a été saisie, mais son rapport n’est pas enregistré dans committee_reports`,
        reportLate: `Le rapport de la commission ${a.committee} est daté du ${a.date}, après la session d’adoption (${a.session})`,
      })[a.case as Case],
    en: (a) =>
      ({
        monitoring: 'The project monitoring system is not attached to the draft put to the council (monitoring_system_attached)',
        indicators: 'The project monitoring system is missing: there is no indicators.yaml',
        report: `Committee ${a.committee} was seized, but its report is not recorded in committee_reports`,
        reportLate: `Committee ${a.committee}'s report is dated ${a.date}, after the adoption session (${a.session})`,
      })[a.case as Case],
  },
  check(plan, { report }) {
    const doc = plan.adoption!;
    const { session, monitoring_system_attached: attached, committee_referral, committee_reports = [] } = doc.data;
    if (!session) return;
    if (attached !== true)
      report(
        { doc, path: ['monitoring_system_attached'] },
        { case: 'monitoring' },
        { expected: 'true', found: attached === undefined ? '—' : String(attached) },
      );
    if (!plan.present.has('indicators'))
      report({ doc, path: ['monitoring_system_attached'] }, { case: 'indicators' }, { expected: 'indicators.yaml', found: '—' });
    const reported = new Set(committee_reports.map((r) => r.committee));
    // A committee commune.yaml does not know is PAC-REF-007's finding; asking for its report would repeat it.
    const standing = plan.commune && new Set((plan.commune.data.council.standing_committees ?? []).map((c) => c.id));
    committee_referral?.committees?.forEach((committee, j) => {
      if (!reported.has(committee) && (!standing || standing.has(committee)))
        report(
          { doc, path: ['committee_referral', 'committees', j] },
          { case: 'report', committee },
          { expected: `committee_reports: ${committee}`, found: '—' },
        );
    });
    committee_reports.forEach((r, k) => {
      if (r.date > session.date)
        report(
          { doc, path: ['committee_reports', k, 'date'] },
          { case: 'reportLate', committee: r.committee, date: r.date, session: session.date },
          { expected: `≤ ${session.date}`, found: r.date },
        );
    });
  },
});
