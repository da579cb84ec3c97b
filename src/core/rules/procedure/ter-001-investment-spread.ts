// PAC-TER-001: the investment reaches the douars and neighbourhoods where the diagnosis found needs
// (practice: territorial equity between douars and neighbourhoods, rural and urban; the diagnosis of
// needs of LO 113-14 art. 78 is made per locality). A locality with needs and no project is named.
import { fill } from '../../../i18n/catalog.js';
import { defineRule } from '../rule.js';

/** A commune locality named in at least `min_needs` needs of the diagnosis and in no project. */
export default defineRule<{ min_needs: number }>({
  code: 'PAC-TER-001',
  title: {
    ar: 'توزيع الاستثمار على الدواوير والأحياء حسب الحاجيات',
    fr: 'Répartition des investissements entre douars et quartiers selon les besoins',
    en: 'Investment spread across douars and neighbourhoods against needs',
  },
  severity: 'warning',
  phase: 3,
  needs: ['commune', 'diagnosis', 'project'],
  basis: 'LO 113-14 art. 78; practice',
  params: {
    min_needs: {
      default: 1,
      min: 1,
      integer: true,
      description: {
        ar: 'أدنى عدد من الحاجيات المسجلة في التشخيص لدوار أو حي يقتضي مشروعا واحدا على الأقل',
        fr: 'Nombre minimal de besoins relevés au diagnostic pour qu’un douar ou quartier appelle au moins un projet',
        en: 'Fewest needs found in the diagnosis for a douar or neighbourhood to call for at least one project',
      },
    },
  },
  message: {
    ar: (a) => fill(`سجل التشخيص {needs|one:حاجة واحدة|two:حاجتين|few:# حاجيات|other:# حاجة} في ${a.locality} (${a.ids}) ولا يشمله أي مشروع`, 'ar', a),
    fr: (a) => fill(`Le diagnostic relève {needs|one:# besoin|other:# besoins} à ${a.locality} (${a.ids}) et aucun projet ne le concerne`, 'fr', a),
    en: (a) => fill(`The diagnosis found {needs|one:# need|other:# needs} in ${a.locality} (${a.ids}) and no project covers it`, 'en', a),
  },
  check(plan, { params, report }) {
    const diag = plan.diagnosis!;
    const covered = new Set(plan.projects.flatMap((d) => d.data.localities ?? []));
    const found = new Map<string, { ids: string[]; path: (string | number)[] }>();
    diag.data.sectors.forEach((s, i) =>
      s.problems?.forEach((p, j) =>
        p.localities?.forEach((l, k) => {
          const e = found.get(l) ?? { ids: [], path: ['sectors', i, 'problems', j, 'localities', k] };
          e.ids.push(p.id);
          found.set(l, e);
        }),
      ),
    );
    const names = new Map((plan.commune!.data.localities ?? []).map((l) => [l.id, l.name.fr ?? l.name.ar ?? l.id]));
    for (const [id, e] of found) {
      if (!names.has(id) || covered.has(id) || e.ids.length < params.min_needs) continue;
      report({ doc: diag, path: e.path }, { locality: `${id}`, needs: e.ids.length, ids: e.ids.join(', ') }, { expected: `projects: ${id}`, found: '—' });
    }
  },
});
