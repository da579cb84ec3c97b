// PAC-ADO-005: the plan is adopted by the required majority (LO 113-14 arts. 45–47, GK; art. 42 sets
// only the quorum). Whether the plan needs a majority of votes cast or of members in office, and how a
// tie is settled (the president's side prevails), are unconfirmed readings, so both are settings.
import { defineRule } from '../rule.js';
import { membersInOffice, moreThanHalf } from './members-in-office.js';
import { MAJORITY_MODES, TIE_RULES, VOTE_DEFAULTS, voteOutcome, type MajorityMode, type TieRule } from './vote-outcome.js';

type Case = 'votes_cast' | 'members_in_office' | 'tieNoSide' | 'tieLost' | 'tieRule';

/** votes_cast: for > against, a tie settled by the president's side; members_in_office: for > members in office / 2. */
export default defineRule<{ majority_mode: MajorityMode; tie_rule: TieRule }>({
  code: 'PAC-ADO-005',
  title: {
    ar: 'المصادقة بالأغلبية المطلوبة',
    fr: 'Adoption à la majorité requise',
    en: 'Adopted by the required majority',
  },
  severity: 'error',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 arts. 45–47',
  unverified: true,
  params: {
    majority_mode: {
      default: VOTE_DEFAULTS.majority_mode,
      values: ['votes_cast', 'members_in_office'],
      description: {
        ar: 'votes_cast: الأغلبية المطلقة للأصوات المعبر عنها؛ members_in_office: أكثر من نصف الأعضاء المزاولين مهامهم',
        fr: 'votes_cast : majorité absolue des suffrages exprimés ; members_in_office : plus de la moitié des membres en exercice',
        en: 'votes_cast: absolute majority of the votes cast; members_in_office: more than half of the members in office',
      },
    },
    tie_rule: {
      default: VOTE_DEFAULTS.tie_rule,
      values: ['president_prevails', 'not_adopted'],
      description: {
        ar: 'عند تعادل الأصوات: president_prevails: يرجح الجانب الذي صوت معه الرئيس (votes.president_side)؛ not_adopted: لا تتم المصادقة',
        fr: 'En cas d’égalité des voix : president_prevails : la voix du président est prépondérante (votes.president_side) ; not_adopted : le plan n’est pas adopté',
        en: 'On a tie: president_prevails: the side the president voted with prevails (votes.president_side); not_adopted: the plan is not adopted',
      },
    },
  },
  message: {
    ar: (a) =>
      ({
        votes_cast: `لم تتم المصادقة على البرنامج: الأصوات المؤيدة ${a.found} والأصوات المعارضة ${a.against}`,
        members_in_office: `لم تتم المصادقة على البرنامج: الأصوات المؤيدة ${a.found}، والمطلوب أكثر من نصف عدد الأعضاء المزاولين مهامهم (${a.members})، أي ${a.expected} على الأقل`,
        tieNoSide: `تعادلت الأصوات (${a.found} مقابل ${a.against}): سجل الجانب الذي صوت معه الرئيس (votes.president_side) لأن صوته مرجح`,
        tieLost: `تعادلت الأصوات (${a.found} مقابل ${a.against}) ولم يصوت الرئيس لصالح البرنامج: لم تتم المصادقة`,
        tieRule: `تعادلت الأصوات (${a.found} مقابل ${a.against}): حسب القراءة المعتمدة (tie_rule: not_adopted) لم تتم المصادقة`,
      })[a.case as Case],
    fr: (a) =>
      ({
        votes_cast: `Le plan n’est pas adopté : ${a.found} voix pour, ${a.against} contre`,
        members_in_office: `Le plan n’est pas adopté : ${a.found} voix pour, alors qu’il faut plus de la moitié des ${a.members} membres en exercice, soit au moins ${a.expected}`,
        tieNoSide: `Partage égal des voix (${a.found} pour, ${a.against} contre) : indiquez le vote du président (votes.president_side), dont la voix est prépondérante`,
        tieLost: `Partage égal des voix (${a.found} pour, ${a.against} contre) et le président n’a pas voté pour : le plan n’est pas adopté`,
        tieRule: `Partage égal des voix (${a.found} pour, ${a.against} contre) : selon la lecture retenue (tie_rule: not_adopted), le plan n’est pas adopté`,
      })[a.case as Case],
    en: (a) =>
      ({
        votes_cast: `The plan is not adopted: ${a.found} votes for, ${a.against} against`,
        members_in_office: `The plan is not adopted: ${a.found} votes for, while more than half of the ${a.members} members in office, at least ${a.expected}, are required`,
        tieNoSide: `Tied vote (${a.found} for, ${a.against} against): record the president's side (votes.president_side), which prevails`,
        tieLost: `Tied vote (${a.found} for, ${a.against} against) and the president did not vote for: the plan is not adopted`,
        tieRule: `Tied vote (${a.found} for, ${a.against} against): under the chosen reading (tie_rule: not_adopted) the plan is not adopted`,
      })[a.case as Case],
  },
  check(plan, { params, report }) {
    const mode = params.majority_mode;
    // A mistyped reading must not pass silently as the default.
    if (!MAJORITY_MODES.includes(mode)) throw new Error(`majority_mode must be ${MAJORITY_MODES.join(' or ')}, not "${String(mode)}"`);
    if (!TIE_RULES.includes(params.tie_rule)) throw new Error(`tie_rule must be ${TIE_RULES.join(' or ')}, not "${String(params.tie_rule)}"`);
    const doc = plan.adoption!;
    const votes = doc.data.votes;
    if (!votes) return;
    const office = membersInOffice(plan);
    if (mode === 'members_in_office' && !office) return;
    const outcome = voteOutcome(votes, office?.members, params);
    if (outcome === 'adopted') return;
    const at = { doc, path: ['votes', 'for'] };
    if (mode === 'members_in_office') {
      const needed = moreThanHalf(office!.members);
      report(at, { case: mode, found: votes.for, members: office!.members, expected: needed }, { expected: `≥ ${needed}`, found: votes.for });
      return;
    }
    if (votes.for < votes.against) {
      report(at, { case: mode, found: votes.for, against: votes.against }, { expected: `> ${votes.against}`, found: votes.for });
      return;
    }
    const args = { found: votes.for, against: votes.against };
    if (params.tie_rule === 'not_adopted') report(at, { case: 'tieRule', ...args }, { expected: `> ${votes.against}`, found: votes.for });
    else if (outcome === 'tie_undecided') report({ doc, path: ['votes'] }, { case: 'tieNoSide', ...args }, { expected: 'president_side', found: '—' });
    else report({ doc, path: ['votes', 'president_side'] }, { case: 'tieLost', ...args }, { expected: 'for', found: votes.president_side! });
  },
});
