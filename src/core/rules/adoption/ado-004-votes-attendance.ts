// PAC-ADO-004: the vote and the attendance recorded in the minutes agree: no more votes than members
// present, no more present than members in office (LO 113-14 art. 42 counts the quorum on the members
// in office), and no more members in office at the session than the council has.
import { defineRule } from '../rule.js';
import { heldConvocation } from './held-convocation.js';
import { membersInOffice } from './members-in-office.js';

type Case = 'votes' | 'present' | 'members';

/** for + against + abstain ≤ present (held convocation) ≤ members in office ≤ the council's members in office. */
export default defineRule({
  code: 'PAC-ADO-004',
  title: {
    ar: 'انسجام الأصوات مع الحضور',
    fr: 'Votes cohérents avec les présences',
    en: 'Votes consistent with attendance',
  },
  severity: 'error',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 art. 42; practice',
  message: {
    ar: (a) =>
      ({
        votes: `مجموع الأصوات (${a.found}: ${a.detail}) يتجاوز عدد الأعضاء الحاضرين (${a.expected})`,
        present: `عدد الحاضرين عند الاستدعاء ${a.number} (${a.found}) يتجاوز عدد الأعضاء المزاولين مهامهم (${a.expected})`,
        members: `عدد الأعضاء المزاولين مهامهم عند الدورة (${a.found}) يتجاوز عدد أعضاء المجلس في commune.yaml (${a.expected})`,
      })[a.case as Case],
    fr: (a) =>
      ({
        votes: `Le total des voix (${a.found} : ${a.detail}) dépasse le nombre de membres présents (${a.expected})`,
        present: `Les présents à la convocation ${a.number} (${a.found}) dépassent les membres en exercice (${a.expected})`,
        members: `Les membres en exercice à la session (${a.found}) dépassent ceux du conseil dans commune.yaml (${a.expected})`,
      })[a.case as Case],
    en: (a) =>
      ({
        votes: `The votes add up to ${a.found} (${a.detail}), more than the members present (${a.expected})`,
        present: `Members present at convocation ${a.number} (${a.found}) exceed the members in office (${a.expected})`,
        members: `Members in office at the session (${a.found}) exceed the council's members in office in commune.yaml (${a.expected})`,
      })[a.case as Case],
  },
  check(plan, { report }) {
    const doc = plan.adoption!;
    const { session, votes } = doc.data;
    if (session && votes) {
      const present = heldConvocation(session).convocation.present;
      const cast = votes.for + votes.against + votes.abstain;
      if (cast > present)
        report(
          { doc, path: ['votes'] },
          { case: 'votes', found: cast, expected: present, detail: `${votes.for} + ${votes.against} + ${votes.abstain}` },
          { expected: `≤ ${present}`, found: cast },
        );
    }
    const office = membersInOffice(plan);
    if (session && office)
      session.convocations.forEach((c, i) => {
        if (c.present > office.members)
          report(
            { doc, path: ['session', 'convocations', i, 'present'] },
            { case: 'present', number: c.number, found: c.present, expected: office.members },
            { expected: `≤ ${office.members}`, found: c.present },
          );
      });
    const own = doc.data.members_in_office;
    const council = plan.commune?.data.council.members_in_office;
    if (own !== undefined && council !== undefined && own > council)
      report({ doc, path: ['members_in_office'] }, { case: 'members', found: own, expected: council }, { expected: `≤ ${council}`, found: own });
  },
});
