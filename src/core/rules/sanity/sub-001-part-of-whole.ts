// PAC-SUB-001: a part is never larger than its whole: the young, disabled, douar, women and men among a
// meeting's participants, the votes a proposal got in its workshop, the women among the IECAG's members,
// among a survey's respondents and among a project's beneficiaries (arithmetic; every rate printed from
// these figures would be above 100 %).
import type { DataPath, Lang } from '../../diagnostics/diagnostic.js';
import type { Doc } from '../../plan/workspace.js';
import { defineRule } from '../rule.js';

type Part = 'women' | 'men' | 'youth' | 'pwd' | 'rural' | 'votes';
type Whole = 'participants' | 'members' | 'respondents' | 'beneficiaries';

const PART: Record<Lang, Record<Part, string>> = {
  ar: { women: 'النساء', men: 'الرجال', youth: 'الشباب', pwd: 'الأشخاص في وضعية إعاقة', rural: 'سكان الدواوير', votes: 'الأصوات' },
  fr: {
    women: 'Les femmes',
    men: 'Les hommes',
    youth: 'Les jeunes',
    pwd: 'Les personnes en situation de handicap',
    rural: 'Les habitants des douars',
    votes: 'Les voix',
  },
  en: { women: 'Women', men: 'Men', youth: 'Young people', pwd: 'People with disabilities', rural: 'Douar residents', votes: 'Votes' },
};
const WHOLE: Record<Lang, Record<Whole, string>> = {
  ar: { participants: 'المشاركين', members: 'الأعضاء', respondents: 'المستجوبين', beneficiaries: 'المستفيدين' },
  fr: { participants: 'participants', members: 'membres', respondents: 'répondants', beneficiaries: 'bénéficiaires' },
  en: { participants: 'participants', members: 'members', respondents: 'respondents', beneficiaries: 'beneficiaries' },
};

/** Each sub-group at most its group's total, reported on the sub-group. */
export default defineRule({
  code: 'PAC-SUB-001',
  title: {
    ar: 'الجزء لا يتجاوز الكل',
    fr: 'Une partie ne dépasse pas le tout',
    en: 'A part is not larger than its whole',
  },
  severity: 'error',
  phase: 1,
  needs: [],
  basis: 'practice',
  message: {
    ar: (a) => `${PART.ar[a.part as Part]} (${a.found}) أكثر من مجموع ${WHOLE.ar[a.whole as Whole]} (${a.expected})`,
    fr: (a) => `${PART.fr[a.part as Part]} (${a.found}) sont plus nombreux que l’ensemble des ${WHOLE.fr[a.whole as Whole]} (${a.expected})`,
    en: (a) => `${PART.en[a.part as Part]} (${a.found}) outnumber all the ${WHOLE.en[a.whole as Whole]} (${a.expected})`,
  },
  check(plan, { report }) {
    const over = (doc: Doc<unknown>, path: DataPath, part: Part, whole: Whole, found: number | undefined, total: number | undefined) => {
      if (found !== undefined && total !== undefined && found > total)
        report({ doc, path }, { part, whole, found, expected: total }, { expected: `≤ ${total}`, found });
    };
    const k = plan.consultations;
    if (k && !plan.invalid.has('consultations')) {
      k.data.consultations.forEach((c, i) => {
        const p = c.participants;
        if (!p) return;
        for (const part of ['women', 'men', 'youth', 'pwd', 'rural'] as const)
          over(k, ['consultations', i, 'participants', part], part, 'participants', p[part], p.total);
        (c.proposals ?? []).forEach((pr, j) => over(k, ['consultations', i, 'proposals', j, 'votes'], 'votes', 'participants', pr.votes, p.total));
      });
      (k.data.surveys ?? []).forEach((s, i) => {
        for (const part of ['women', 'men'] as const)
          over(k, ['surveys', i, 'respondents', part], part, 'respondents', s.respondents?.[part], s.respondents?.total);
      });
    }
    const c = plan.commune;
    if (c && !plan.invalid.has('commune') && c.data.iecag) over(c, ['iecag', 'women'], 'women', 'members', c.data.iecag.women, c.data.iecag.members);
    for (const d of plan.projects) {
      const b = d.data.beneficiaries;
      if (b) for (const part of ['women', 'men', 'youth', 'pwd'] as const) over(d, ['beneficiaries', part], part, 'beneficiaries', b[part], b.total);
    }
  },
});
