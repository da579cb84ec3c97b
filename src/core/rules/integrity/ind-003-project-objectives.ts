// PAC-IND-003: a project programmed in the first plan years states its objectives and its activities.
// The monitoring system sets the objectives to reach (Decree 2-16-301 art. 6), and the first three
// years are those whose resources and expenditure the plan must estimate (LO 113-14 art. 78): a
// project that starts then without objectives or activities cannot be followed, and its printed sheet
// shows nothing under these headings.
import { defineRule } from '../rule.js';

type Lack = 'objectives' | 'activities';
const WORDS: Record<'ar' | 'fr' | 'en', Record<Lack, string>> = {
  ar: { objectives: 'الأهداف', activities: 'الأنشطة' },
  fr: { objectives: 'objectifs', activities: 'activités' },
  en: { objectives: 'objectives', activities: 'activities' },
};
const say = (lang: 'ar' | 'fr' | 'en', list: unknown) =>
  String(list)
    .split(',')
    .map((l) => WORDS[lang][l as Lack])
    .join(lang === 'ar' ? ' و' : lang === 'fr' ? ' ni ' : ' or ');

/** Each project starting in plan years 1..N (not cancelled) has ≥1 objective and ≥1 activity. */
export default defineRule<{ years: number }>({
  code: 'PAC-IND-003',
  title: {
    ar: 'أهداف وأنشطة لمشاريع السنوات الأولى',
    fr: 'Objectifs et activités des projets des premières années',
    en: 'Objectives and activities of the first years’ projects',
  },
  severity: 'warning',
  phase: 3,
  needs: ['plan', 'project'],
  basis: 'Decree 2-16-301 art. 6; LO 113-14 art. 78',
  params: {
    years: {
      default: 3,
      min: 1,
      max: 6,
      integer: true,
      description: {
        ar: 'عدد السنوات الأولى من البرنامج التي يجب أن تحدد فيها المشاريع أهدافها وأنشطتها',
        fr: 'Nombre de premières années du plan dont les projets doivent énoncer objectifs et activités',
        en: 'Number of first plan years whose projects must state objectives and activities',
      },
    },
  },
  message: {
    ar: (a) => `المشروع ${a.project} يبدأ سنة ${a.start} (من السنوات الأولى للبرنامج) دون تحديد ${say('ar', a.lacks)}`,
    fr: (a) => `Le projet ${a.project} démarre en ${a.start} (premières années du plan) sans ${say('fr', a.lacks)}`,
    en: (a) => `Project ${a.project} starts in ${a.start} (first plan years) with no ${say('en', a.lacks)}`,
  },
  check(plan, { params, report }) {
    const last = plan.manifest!.data.period.start_year + params.years - 1;
    for (const doc of plan.projects) {
      const p = doc.data;
      if (p.status === 'cancelled' || p.schedule.start_year > last) continue;
      const lacks: Lack[] = [];
      if (!p.objectives?.length) lacks.push('objectives');
      if (!p.activities?.length) lacks.push('activities');
      if (lacks.length)
        report(
          { doc, path: ['id'] },
          { project: p.id, start: String(p.schedule.start_year), lacks: lacks.join(',') },
          { expected: lacks.join(', '), found: '—' },
        );
    }
  },
});
