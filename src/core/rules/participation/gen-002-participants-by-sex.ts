// PAC-GEN-002: participation is counted by sex and the counts agree. Practice: the gender approach of
// LO 113-14 art. 78 needs participation figures by sex that add up (art. 120, which creates the equity
// body, is not a basis for the count).
import { defineRule } from '../rule.js';

/** Each consultation's participants, and each survey's respondents: women + men = total. */
export default defineRule({
  code: 'PAC-GEN-002',
  title: {
    ar: 'المشاركون حسب الجنس: النساء + الرجال = المجموع',
    fr: 'Participants par sexe : femmes + hommes = total',
    en: 'Participants by sex: women + men = total',
  },
  severity: 'error',
  phase: 1,
  needs: ['consultations'],
  basis: 'practice',
  message: {
    ar: (a) => `في ${a.id}: النساء (${a.women}) + الرجال (${a.men}) = ${a.sum}، بينما المجموع المصرح به ${a.total}`,
    fr: (a) => `${a.id} : femmes (${a.women}) + hommes (${a.men}) = ${a.sum}, mais le total déclaré est ${a.total}`,
    en: (a) => `${a.id}: women (${a.women}) + men (${a.men}) = ${a.sum}, but the stated total is ${a.total}`,
  },
  check(plan, { report }) {
    const doc = plan.consultations!;
    const counts = [
      ...doc.data.consultations.map((c, i) => ({ id: c.id, n: c.participants, path: ['consultations', i, 'participants', 'total'] })),
      ...(doc.data.surveys ?? []).map((s, i) => ({ id: s.id, n: s.respondents, path: ['surveys', i, 'respondents', 'total'] })),
    ];
    for (const { id, n, path } of counts) {
      const sum = n.women + n.men;
      if (sum !== n.total) report({ doc, path }, { id, women: n.women, men: n.men, sum, total: n.total }, { expected: sum, found: n.total });
    }
  },
});
