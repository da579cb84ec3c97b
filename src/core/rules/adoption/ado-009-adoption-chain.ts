// PAC-ADO-009: the adoption is a chain: a session, then the vote, then (when adopted) the deliberation
// sent to the governor, then the visa (LO 113-14 arts. 42-47, 116-118). A link recorded without the one
// before it, or a visa on a vote that did not adopt the plan, is a broken record.
import { defineRule } from '../rule.js';
import { membersInOffice } from './members-in-office.js';
import { voteOutcome } from './vote-outcome.js';

type Case = 'votesNoSession' | 'visaNoVotes' | 'visaRejected' | 'receivedBeforeSession' | 'sentBeforeSession';

/** votes without a session; a visa without votes or on a rejected vote; the deliberation sent or received before the session. */
export default defineRule({
  code: 'PAC-ADO-009',
  title: {
    ar: 'تسلسل المصادقة: الدورة ثم التصويت ثم التوجيه إلى عامل العمالة أو الإقليم ثم التأشيرة',
    fr: 'Enchaînement : session, vote, transmission au gouverneur, visa',
    en: 'Adoption chain: session, vote, transmission, visa',
  },
  severity: 'error',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 arts. 42, 118',
  message: {
    ar: (a) =>
      ({
        votesNoSession: 'نتيجة التصويت مسجلة دون دورة (session): لا تصويت خارج دورة للمجلس',
        visaNoVotes: 'تأشيرة عامل العمالة أو الإقليم مسجلة دون نتيجة التصويت (votes): التأشيرة ترد على مقرر صادق عليه المجلس',
        visaRejected: `التأشيرة «${a.status}» مسجلة على تصويت لم يصادق على البرنامج (${a.for} مقابل ${a.against}): لا مقرر للتأشير عليه`,
        receivedBeforeSession: `توصل عامل العمالة أو الإقليم بالمقرر في ${a.date}، قبل دورة المصادقة (${a.session})`,
        sentBeforeSession: `وجه المقرر إلى عامل العمالة أو الإقليم في ${a.date}، قبل دورة المصادقة (${a.session})`,
      })[a.case as Case],
    fr: (a) =>
      ({
        votesNoSession: 'Le vote est enregistré sans session (session) : le conseil ne vote qu’en session',
        visaNoVotes: 'Le visa du gouverneur est enregistré sans résultat du vote (votes) : le visa porte sur une délibération adoptée',
        visaRejected: `Visa « ${a.status} » enregistré sur un vote qui n’a pas adopté le plan (${a.for} pour, ${a.against} contre) : il n’y a pas de délibération à viser`,
        receivedBeforeSession: `Le gouverneur a reçu la délibération le ${a.date}, avant la session d’adoption (${a.session})`,
        sentBeforeSession: `La délibération a été transmise au gouverneur le ${a.date}, avant la session d’adoption (${a.session})`,
      })[a.case as Case],
    en: (a) =>
      ({
        votesNoSession: 'The vote is recorded with no session (session): the council votes only in session',
        visaNoVotes: 'The governor’s visa is recorded with no vote result (votes): a visa is given on an adopted deliberation',
        visaRejected: `A "${a.status}" visa is recorded on a vote that did not adopt the plan (${a.for} for, ${a.against} against): there is no deliberation to endorse`,
        receivedBeforeSession: `The governor received the deliberation on ${a.date}, before the adoption session (${a.session})`,
        sentBeforeSession: `The deliberation was sent to the governor on ${a.date}, before the adoption session (${a.session})`,
      })[a.case as Case],
  },
  check(plan, { report }) {
    const doc = plan.adoption!;
    const { session, votes, visa, transmission } = doc.data;
    if (votes && !session) report({ doc, path: ['votes'] }, { case: 'votesNoSession' }, { expected: 'session', found: '—' });
    if (visa && !votes) report({ doc, path: ['visa'] }, { case: 'visaNoVotes' }, { expected: 'votes', found: '—' });
    if (visa && votes && (visa.status === 'granted' || visa.status === 'tacit')) {
      // The default readings of PAC-ADO-005 (majority of votes cast; on a tie, the president's side).
      const outcome = voteOutcome(votes, membersInOffice(plan)?.members);
      if (outcome !== 'adopted')
        report(
          { doc, path: ['visa', 'status'] },
          { case: 'visaRejected', status: visa.status, for: votes.for, against: votes.against },
          { expected: 'pending', found: visa.status },
        );
    }
    if (session) {
      if (visa && visa.received_on < session.date)
        report(
          { doc, path: ['visa', 'received_on'] },
          { case: 'receivedBeforeSession', date: visa.received_on, session: session.date },
          { expected: `≥ ${session.date}`, found: visa.received_on },
        );
      const sent = transmission?.deliberation_on;
      if (sent && sent < session.date)
        report(
          { doc, path: ['transmission', 'deliberation_on'] },
          { case: 'sentBeforeSession', date: sent, session: session.date },
          { expected: `≥ ${session.date}`, found: sent },
        );
    }
  },
});
