// PAC-PUB-002: the plan's data published as open data. Law 31-13 on the right of access to information
// asks public bodies, elected councils included, to publish proactively and by every means available,
// electronic ones first, including the national open data portal (art. 10, GK). The law sets no delay:
// `days` after the entry into force is this tool's default, the same as PAC-PUB-001's. A publication not
// yet recorded is a step of `plan status` (calendar and checklist); this rule judges what is recorded.
import { addDays } from '../adoption/dates.js';
import { entryIntoForce } from '../adoption/entry-into-force.js';
import { defineRule } from '../rule.js';

type Case = 'late' | 'noUrl' | 'beforeSession';

/** publication.open_data_published_on later than `days` after the entry into force, before the session, or without its address. */
export default defineRule<{ days: number }>({
  code: 'PAC-PUB-002',
  title: {
    ar: 'نشر معطيات البرنامج كمعطيات مفتوحة',
    fr: 'Publication des données du plan en données ouvertes',
    en: 'Plan data published as open data',
  },
  severity: 'warning',
  phase: 5,
  needs: ['adoption'],
  basis: 'Law 31-13 art. 10',
  unverified: true,
  params: {
    days: {
      default: 30,
      min: 0,
      max: 365,
      integer: true,
      description: {
        ar: 'أقصى عدد من الأيام بعد دخول البرنامج حيز التنفيذ لنشر معطياته كمعطيات مفتوحة',
        fr: 'Nombre maximal de jours après l’entrée en vigueur du plan pour publier ses données en données ouvertes',
        en: 'Most days after the plan enters into force to publish its data as open data',
      },
    },
  },
  message: {
    ar: (a) =>
      ({
        late: `نشرت معطيات البرنامج كمعطيات مفتوحة (publication.open_data_published_on) في ${a.date}، أي بعد أكثر من ${a.days} يوما من دخوله حيز التنفيذ في ${a.entry} (القانون 31.13 المتعلق بالحق في الحصول على المعلومات، المادة 10)`,
        noUrl: `سجل نشر المعطيات المفتوحة في ${a.date} دون عنوانها (publication.open_data_url): يجب أن يجد المواطنون مجموعة المعطيات في البوابة الوطنية أو في موقع الجماعة`,
        beforeSession: `تاريخ نشر المعطيات المفتوحة (${a.date}) سابق لدورة المصادقة (${a.session})`,
      })[a.case as Case],
    fr: (a) =>
      ({
        late: `Les données du plan ont été publiées en données ouvertes (publication.open_data_published_on) le ${a.date}, plus de ${a.days} jours après son entrée en vigueur le ${a.entry} (loi 31-13 relative au droit d’accès à l’information, art. 10)`,
        noUrl: `La publication en données ouvertes du ${a.date} est enregistrée sans son adresse (publication.open_data_url) : les citoyens doivent trouver le jeu de données sur le portail national ou le site de la commune`,
        beforeSession: `La publication en données ouvertes (${a.date}) précède la session d’adoption (${a.session})`,
      })[a.case as Case],
    en: (a) =>
      ({
        late: `The plan's data were published as open data (publication.open_data_published_on) on ${a.date}, more than ${a.days} days after it entered into force on ${a.entry} (law 31-13 on the right of access to information, art. 10)`,
        noUrl: `The open data publication of ${a.date} is recorded without its address (publication.open_data_url): citizens must find the data set on the national portal or the commune’s site`,
        beforeSession: `The open data publication (${a.date}) comes before the adoption session (${a.session})`,
      })[a.case as Case],
  },
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const { publication: pub, session } = doc.data;
    const date = pub?.open_data_published_on;
    if (!date) return;
    const at = ['publication', 'open_data_published_on'];
    if (session && date < session.date)
      report({ doc, path: at }, { case: 'beforeSession', date, session: session.date }, { expected: `≥ ${session.date}`, found: date });
    const entry = entryIntoForce(doc.data, 20);
    const due = entry ? addDays(entry, params.days) : undefined;
    if (entry && due && date > due) report({ doc, path: at }, { case: 'late', date, entry, days: params.days }, { expected: `≤ ${due}`, found: date });
    if (!pub.open_data_url) report({ doc, path: ['publication'] }, { case: 'noUrl', date }, { expected: 'open_data_url', found: '—' });
  },
});
