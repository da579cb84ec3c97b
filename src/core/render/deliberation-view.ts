// The adoption pages: the extract of the deliberation as a formal text (session, members in office
// and present, the vote, the decision number), the signature blocks of the president and the
// secretary, and the list of annexes of the council's file (committee reports, the equality body's
// opinion, attendance lists, workshop minutes, the visa letter).
import type { Plan } from '../plan/workspace.js';
import { bi } from './bi.js';
import type { Bi } from './view-model.js';

/** One annex: its kind (catalogue `annex.<kind>`), its own title when the plan gives one, a date and a reference. */
export interface AnnexRow {
  kind: string;
  title: Bi | null;
  date: string | null;
  reference: string | null;
}

/** The extract, signatures and annex list. Fields the plan lacks are null: the page prints blanks to fill.
 * The session's place defaults to the commune (sessions sit at the commune's seat). */
export interface DeliberationView {
  commune: Bi;
  period: string | null;
  session: { typeKey: string; date: string; place: Bi | null; sitting: number | null; convocation: number | null } | null;
  membersInOffice: number | null;
  present: number | null;
  votes: { for: number; against: number; abstain: number } | null;
  adopted: boolean | null;
  decisionNo: string | null;
  signatures: { president: string | null; secretary: string | null };
  annexes: AnnexRow[];
}

/** Builds the adoption pages from adoption.yaml, commune.yaml and consultations.yaml. */
export function deliberationView(plan: Plan): DeliberationView {
  const a = plan.adoption?.data;
  const c = plan.commune?.data;
  const m = plan.manifest?.data;
  const held = a?.session ? ([...a.session.convocations].sort((x, y) => y.number - x.number)[0] ?? null) : null;
  const votes = a?.votes ? { for: a.votes.for, against: a.votes.against, abstain: a.votes.abstain } : null;
  return {
    commune: bi(c?.name) ?? { ar: '', fr: null },
    period: m ? `${m.period.start_year}-${m.period.end_year}` : null,
    session: a?.session
      ? {
          typeKey: `extract.type.${a.session.type}`,
          date: held?.date ?? a.session.date,
          place: bi(a.session.place) ?? bi(c?.name),
          sitting: a.session.sitting ?? null,
          convocation: held?.number ?? null,
        }
      : null,
    membersInOffice: a?.members_in_office ?? c?.council.members_in_office ?? null,
    present: held?.present ?? null,
    votes,
    adopted: votes ? votes.for > votes.against : null,
    decisionNo: a?.decision_no ?? null,
    signatures: { president: c?.council.president ?? null, secretary: a?.secretary ?? null },
    annexes: annexList(plan),
  };
}

// A file of the workspace (annexes/…xlsx) is not a reference a reader can look up.
const isFilePath = (s: string) => /[\\/]/.test(s) && /\.\w{2,5}$/.test(s);

const ANNEX_ORDER = ['deliberation', 'committee_report', 'iecag_opinion', 'attendance', 'workshop_minutes', 'questionnaire', 'visa_letter', 'other'];

/** The annexes: those adoption.yaml lists, and for each kind it does not list, what the plan's files record. */
export function annexList(plan: Plan): AnnexRow[] {
  const a = plan.adoption?.data;
  const listed: AnnexRow[] = (a?.annexes ?? []).map((x) => ({ kind: x.kind, title: bi(x.title), date: x.date ?? null, reference: x.reference ?? null }));
  const given = new Set(listed.map((x) => x.kind));
  const found: AnnexRow[] = [];
  const committees = new Map((plan.commune?.data.council.standing_committees ?? []).map((s) => [s.id, bi(s.name)]));
  const consultations = [...(plan.consultations?.data.consultations ?? [])].sort((x, y) => x.date.localeCompare(y.date));
  if (a?.minutes_ref) found.push({ kind: 'deliberation', title: null, date: a.session?.date ?? null, reference: a.minutes_ref });
  for (const r of a?.committee_reports ?? [])
    found.push({ kind: 'committee_report', title: committees.get(r.committee) ?? null, date: r.date, reference: r.reference ?? null });
  for (const x of consultations.filter((x) => x.type === 'iecag')) found.push({ kind: 'iecag_opinion', title: null, date: x.date, reference: null });
  // An attendance list is named by its meeting and date: its file reference is the workspace's own id.
  for (const x of consultations.filter((x) => x.attendance_ref)) found.push({ kind: 'attendance', title: bi(x.theme), date: x.date, reference: null });
  for (const s of plan.consultations?.data.surveys ?? [])
    if (s.questionnaire_ref)
      found.push({ kind: 'questionnaire', title: bi(s.title), date: s.start_date, reference: isFilePath(s.questionnaire_ref) ? null : s.questionnaire_ref });
  if (a?.visa && a.visa.status !== 'pending')
    found.push({ kind: 'visa_letter', title: null, date: a.visa.visa_on ?? a.visa.received_on, reference: a.visa.reference ?? null });
  return [...listed, ...found.filter((x) => !given.has(x.kind))].sort(
    (x, y) => ANNEX_ORDER.indexOf(x.kind) - ANNEX_ORDER.indexOf(y.kind) || (x.date ?? '').localeCompare(y.date ?? ''),
  );
}
