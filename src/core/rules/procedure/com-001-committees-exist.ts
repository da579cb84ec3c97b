// PAC-COM-001: the bodies the procedure relies on exist: at least three standing committees, which
// study the draft before the session (LO 113-14 art. 25, GK; Decree art. 10), and the equity, equal
// opportunity and gender body (LO 113-14 art. 120, [A120]), which the participatory approach consults.
import { fill } from '../../../i18n/catalog.js';
import { defineRule } from '../rule.js';

/** Fewer than `min_committees` standing committees in commune.yaml; no iecag recorded. */
export default defineRule<{ min_committees: number }>({
  code: 'PAC-COM-001',
  title: {
    ar: 'وجود اللجان الدائمة الثلاث وهيئة المساواة وتكافؤ الفرص ومقاربة النوع',
    fr: 'Les trois commissions permanentes et l’Instance de l’équité, de l’égalité des chances et de l’approche genre existent',
    en: 'The three standing committees and the equity body exist',
  },
  severity: 'warning',
  phase: 1,
  needs: ['commune'],
  basis: 'LO 113-14 arts. 25, 120',
  unverified: true,
  params: {
    min_committees: {
      default: 3,
      min: 0,
      max: 10,
      integer: true,
      description: {
        ar: 'أدنى عدد من اللجان الدائمة لمجلس الجماعة',
        fr: 'Nombre minimal de commissions permanentes du conseil',
        en: 'Fewest standing committees of the council',
      },
    },
  },
  message: {
    ar: (a) =>
      a.case === 'iecag'
        ? 'هيئة المساواة وتكافؤ الفرص ومقاربة النوع غير مسجلة في commune.yaml (iecag)'
        : fill(
            `{found|zero:لا توجد أي لجنة دائمة مسجلة|one:لجنة دائمة واحدة مسجلة|two:لجنتان دائمتان مسجلتان|few:# لجان دائمة مسجلة|other:# لجنة دائمة مسجلة}، والمجلس يحدث {expected|one:لجنة دائمة واحدة|two:لجنتين دائمتين|few:# لجان دائمة|other:# لجنة دائمة} على الأقل`,
            'ar',
            a,
          ),
    fr: (a) =>
      a.case === 'iecag'
        ? 'L’Instance de l’équité, de l’égalité des chances et de l’approche genre n’est pas enregistrée dans commune.yaml (iecag)'
        : fill(
            `{found|one:# commission permanente enregistrée|other:# commissions permanentes enregistrées} ; le conseil en crée au moins ${a.expected}`,
            'fr',
            a,
          ),
    en: (a) =>
      a.case === 'iecag'
        ? 'The equity, equal opportunity and gender body is not recorded in commune.yaml (iecag)'
        : fill(`{found|one:# standing committee recorded|other:# standing committees recorded}; the council creates at least ${a.expected}`, 'en', a),
  },
  check(plan, { params, report }) {
    const doc = plan.commune!;
    const n = doc.data.council.standing_committees?.length ?? 0;
    if (n < params.min_committees)
      report(
        { doc, path: ['council', 'standing_committees'] },
        { case: 'committees', found: n, expected: params.min_committees },
        { expected: `≥ ${params.min_committees}`, found: n },
      );
    if (!doc.data.iecag) report({ doc, path: ['council'] }, { case: 'iecag' }, { expected: 'iecag', found: '—' });
  },
});
