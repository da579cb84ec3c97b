// PAC-PUB-001: once in force, the plan is made public: the summary of the council's decisions posted
// at the commune's seat (LO 113-14 art. 48, GK) and the plan itself published, as law 31-13 on access
// to information asks public bodies to publish their programmes proactively (art. 10, GK).
import { addDays } from '../adoption/dates.js';
import { entryIntoForce } from '../adoption/entry-into-force.js';
import { defineRule } from '../rule.js';

type Case = 'summary' | 'plan' | 'beforeSession';

/** `days` after the entry into force, publication.decision_summary_on or plan_published_on not recorded; a publication before the session. */
export default defineRule<{ days: number }>({
  code: 'PAC-PUB-001',
  title: {
    ar: 'نشر ملخص المقررات والبرنامج',
    fr: 'Publication du résumé des délibérations et du plan',
    en: 'Decision summary and plan published',
  },
  severity: 'warning',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 art. 48; Law 31-13 art. 10',
  unverified: true,
  params: {
    days: {
      default: 30,
      min: 0,
      integer: true,
      description: {
        ar: 'أقصى عدد من الأيام بعد دخول البرنامج حيز التنفيذ لنشر ملخص المقررات والبرنامج',
        fr: 'Nombre maximal de jours après l’entrée en vigueur du plan pour publier le résumé des délibérations et le plan',
        en: 'Most days after the plan enters into force to publish the decision summary and the plan',
      },
    },
  },
  message: {
    ar: (a) =>
      ({
        summary: `دخل البرنامج حيز التنفيذ في ${a.entry} ولم يسجل تعليق ملخص المقررات بمقر الجماعة (publication.decision_summary_on) بعد ${a.days} يوما`,
        plan: `دخل البرنامج حيز التنفيذ في ${a.entry} ولم يسجل نشر البرنامج (publication.plan_published_on) بعد ${a.days} يوما (القانون 31.13 المتعلق بالحق في الحصول على المعلومات)`,
        beforeSession: `تاريخ النشر (${a.date}) سابق لدورة المصادقة (${a.session})`,
      })[a.case as Case],
    fr: (a) =>
      ({
        summary: `Le plan est en vigueur depuis le ${a.entry} et l’affichage du résumé des délibérations au siège de la commune (publication.decision_summary_on) n’est pas enregistré après ${a.days} jours`,
        plan: `Le plan est en vigueur depuis le ${a.entry} et sa publication (publication.plan_published_on) n’est pas enregistrée après ${a.days} jours (loi 31-13 relative au droit d’accès à l’information)`,
        beforeSession: `La publication (${a.date}) précède la session d’adoption (${a.session})`,
      })[a.case as Case],
    en: (a) =>
      ({
        summary: `The plan has been in force since ${a.entry} and posting the decision summary at the commune’s seat (publication.decision_summary_on) is not recorded after ${a.days} days`,
        plan: `The plan has been in force since ${a.entry} and its publication (publication.plan_published_on) is not recorded after ${a.days} days (law 31-13 on the right of access to information)`,
        beforeSession: `The publication (${a.date}) comes before the adoption session (${a.session})`,
      })[a.case as Case],
  },
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const { publication: pub, session } = doc.data;
    if (session && pub)
      for (const key of ['decision_summary_on', 'plan_published_on'] as const) {
        const date = pub[key];
        if (date && date < session.date)
          report({ doc, path: ['publication', key] }, { case: 'beforeSession', date, session: session.date }, { expected: `≥ ${session.date}`, found: date });
      }
    const entry = entryIntoForce(doc.data, 20);
    if (!entry || !plan.today || plan.today <= addDays(entry, params.days)) return;
    const at = pub ? ['publication'] : ['visa'];
    if (!pub?.decision_summary_on) report({ doc, path: at }, { case: 'summary', entry, days: params.days }, { expected: 'decision_summary_on', found: '—' });
    if (!pub?.plan_published_on) report({ doc, path: at }, { case: 'plan', entry, days: params.days }, { expected: 'plan_published_on', found: '—' });
  },
});
