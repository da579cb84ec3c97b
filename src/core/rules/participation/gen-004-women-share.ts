// PAC-GEN-004: women take a fair part in the consultations (LO 113-14 arts. 78 and 120). No text sets
// a share: both thresholds are settings, and the defaults are a common practice target (GK).
import { defineRule } from '../rule.js';

const percent = (share: number): number => Math.round(share * 1000) / 10;

/**
 * Women's share of all consultation participants ≥ min_women_share, and of each consultation with
 * participants ≥ min_women_share_each (a lower floor, so that one all-male meeting is seen).
 */
export default defineRule<{ min_women_share: number; min_women_share_each: number }>({
  code: 'PAC-GEN-004',
  title: {
    ar: 'حصة النساء من المشاركين في التشاور',
    fr: 'Part des femmes parmi les participants',
    en: 'Women’s share of participants',
  },
  severity: 'warning',
  phase: 1,
  needs: ['consultations'],
  basis: 'LO 113-14 arts. 78, 120',
  unverified: true,
  params: {
    min_women_share: {
      default: 0.3,
      min: 0,
      max: 1,
      description: {
        ar: 'أدنى حصة للنساء من مجموع المشاركين في كل اللقاءات (0 إلى 1)',
        fr: 'Part minimale des femmes sur l’ensemble des participants aux concertations (0 à 1)',
        en: 'Lowest share of women among all consultation participants (0 to 1)',
      },
    },
    min_women_share_each: {
      default: 0.15,
      min: 0,
      max: 1,
      description: {
        ar: 'أدنى حصة للنساء في كل لقاء على حدة (0 إلى 1؛ 0 لإيقاف هذا الفحص)',
        fr: 'Part minimale des femmes dans chaque concertation (0 à 1 ; 0 désactive ce contrôle)',
        en: 'Lowest share of women in each single consultation (0 to 1; 0 turns this check off)',
      },
    },
  },
  message: {
    ar: (a) => `تمثل النساء ${a.found}٪ من المشاركين ${a.scope === 'all' ? 'في مجموع اللقاءات' : `في ${a.id}`}، أي أقل من ${a.expected}٪`,
    fr: (a) => `Les femmes sont ${a.found} % des participants ${a.scope === 'all' ? 'à l’ensemble des concertations' : `à ${a.id}`}, moins que ${a.expected} %`,
    en: (a) => `Women are ${a.found}% of participants ${a.scope === 'all' ? 'across all consultations' : `in ${a.id}`}, below ${a.expected}%`,
  },
  check(plan, { params, report }) {
    const doc = plan.consultations!;
    let women = 0;
    let total = 0;
    doc.data.consultations.forEach((c, i) => {
      const p = c.participants;
      women += p.women;
      total += p.total;
      if (p.total > 0 && p.women / p.total < params.min_women_share_each) {
        const found = percent(p.women / p.total);
        const expected = percent(params.min_women_share_each);
        report({ doc, path: ['consultations', i, 'participants', 'women'] }, { scope: 'one', id: c.id, found, expected }, { expected, found });
      }
    });
    if (total > 0 && women / total < params.min_women_share) {
      const found = percent(women / total);
      const expected = percent(params.min_women_share);
      report({ doc, path: ['consultations'] }, { scope: 'all', found, expected }, { expected, found });
    }
  },
});
