// PAC-ADO-005: the plan is adopted by the required majority (LO 113-14 arts. 45–47, GK). Whether the
// plan needs a majority of votes cast or of members in office is unconfirmed, so it is a setting.
import { defineRule } from '../rule.js';
import { membersInOffice, moreThanHalf } from './members-in-office.js';

type Mode = 'votes_cast' | 'members_in_office';
const MODES: readonly Mode[] = ['votes_cast', 'members_in_office'];

/** votes_cast: for > against; members_in_office: for > members in office / 2. */
export default defineRule<{ majority_mode: Mode }>({
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
      default: 'votes_cast',
      values: ['votes_cast', 'members_in_office'],
      description: {
        ar: 'votes_cast: أصوات الموافقين أكثر من الرافضين؛ members_in_office: أكثر من نصف الأعضاء المزاولين',
        fr: 'votes_cast : plus de voix pour que contre ; members_in_office : plus de la moitié des membres en exercice',
        en: 'votes_cast: more votes for than against; members_in_office: more than half of the members in office',
      },
    },
  },
  message: {
    ar: (a) =>
      a.mode === 'votes_cast'
        ? `لم تتم المصادقة على البرنامج: الأصوات المؤيدة ${a.found} والأصوات المعارضة ${a.against}`
        : `لم تتم المصادقة على البرنامج: الأصوات المؤيدة ${a.found}، والمطلوب أكثر من نصف عدد الأعضاء المزاولين (${a.members})، أي ${a.expected} على الأقل`,
    fr: (a) =>
      a.mode === 'votes_cast'
        ? `Le plan n’est pas adopté : ${a.found} voix pour, ${a.against} contre`
        : `Le plan n’est pas adopté : ${a.found} voix pour, alors qu’il faut plus de la moitié des ${a.members} membres en exercice, soit au moins ${a.expected}`,
    en: (a) =>
      a.mode === 'votes_cast'
        ? `The plan is not adopted: ${a.found} votes for, ${a.against} against`
        : `The plan is not adopted: ${a.found} votes for, while more than half of the ${a.members} members in office, at least ${a.expected}, are required`,
  },
  check(plan, { params, report }) {
    const mode = params.majority_mode;
    // A mistyped mode must not pass silently as the default.
    if (!MODES.includes(mode)) throw new Error(`majority_mode must be ${MODES.join(' or ')}, not "${String(mode)}"`);
    const doc = plan.adoption!;
    const votes = doc.data.votes;
    if (!votes) return;
    if (mode === 'votes_cast') {
      if (votes.for <= votes.against)
        report({ doc, path: ['votes', 'for'] }, { mode, found: votes.for, against: votes.against, expected: votes.against + 1 }, { expected: `> ${votes.against}`, found: votes.for });
      return;
    }
    const office = membersInOffice(plan);
    if (!office) return;
    const needed = moreThanHalf(office.members);
    if (votes.for < needed)
      report({ doc, path: ['votes', 'for'] }, { mode, found: votes.for, members: office.members, expected: needed }, { expected: `≥ ${needed}`, found: votes.for });
  },
});
