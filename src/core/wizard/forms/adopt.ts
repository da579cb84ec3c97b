// `plan adopt …`: committee referral and reports, the session with its convocations, the votes and
// the governor's visa. The command checks each against the adoption rules before saving.
import type { Answers, FormContext, Parsed } from '../question.js';
import { compact, planOf, setOnce, upsert, type EditForm } from '../edit-form.js';
import { dateQ, enumChoices, idChoices, intQ, multiQ, selectQ, textQ } from '../fields.js';
import { valueLabel } from '../labels.js';

const committees = (_a: Answers, ctx: FormContext) =>
  idChoices(
    (planOf(ctx).commune?.data.council.standing_committees ?? []).map((c) => ({ id: c.id, text: c.name })),
    ctx,
  );
const members = (ctx: FormContext) => planOf(ctx).commune?.data.council.members_in_office;
const FILE = () => 'adoption.yaml';

/** The publication steps after the visa, and the field of adoption.yaml `publication` each records. */
export const PUBLICATION_STEPS = ['decision_summary', 'plan', 'open_data'] as const;
const PUBLICATION_FIELD = { decision_summary: 'decision_summary_on', plan: 'plan_published_on', open_data: 'open_data_published_on' } as const;

/** An http(s) address. */
function parseUrl(raw: unknown): Parsed {
  const s = String(raw).trim();
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return { value: s };
  } catch {
    // not an address: the message below
  }
  return { error: 'a.badUrl', args: { value: s } };
}

export const ADOPT_FORMS: EditForm[] = [
  {
    id: 'adopt.referral',
    command: 'adopt referral',
    kind: 'adoption',
    file: FILE,
    questions: [
      dateQ('date', { message: 'q.referral_date' }),
      multiQ('committees', committees, { optional: true, when: (a, ctx) => committees(a, ctx).length > 0 }),
    ],
    apply: (doc, a, { force }) => setOnce(doc, ['committee_referral'], compact({ date: a.date, committees: a.committees as string[] }), { force }),
    examples: ['plan adopt referral --date 2022-03-25 --committees FIN'],
  },
  {
    id: 'adopt.report',
    command: 'adopt report',
    kind: 'adoption',
    file: FILE,
    questions: [
      selectQ('committee', committees),
      dateQ('date', { message: 'q.report_date' }),
      textQ('reference', { optional: true }),
      {
        id: 'monitoring_system_attached',
        kind: 'confirm',
        default: () => true,
        parse: (raw) => ({ value: raw === true || /^(y|yes|o|oui|true|1|نعم)$/i.test(String(raw)) }),
      },
    ],
    apply(doc, a, { force }) {
      const r = upsert(doc, ['committee_reports'], compact({ committee: a.committee, date: a.date, reference: a.reference }), { force, key: 'committee' });
      // The council file holds the monitoring system and the committee reports (Decree art. 11).
      doc.set('monitoring_system_attached', !!a.monitoring_system_attached);
      return r;
    },
    examples: ['plan adopt report --committee FIN --date 2022-04-15 --reference RAP-FIN-2022-03 --monitoring-system-attached yes'],
  },
  {
    id: 'adopt.session',
    command: 'adopt session',
    kind: 'adoption',
    file: FILE,
    questions: [
      selectQ('type', enumChoices(['ordinary', 'extraordinary'], valueLabel('session')), { message: 'q.session_type' }),
      dateQ('date', { message: 'q.session_date' }),
      dateQ('agenda_sent_to_governor_on', { when: (a) => a.type === 'ordinary' }),
      intQ('convocation', { min: 1, max: 3, default: () => 1 }),
      dateQ('convocation_date', { default: (a) => a.date }),
      intQ('present', { min: 0 }),
      intQ('members_in_office', { min: 1, default: (_a, ctx) => members(ctx) }),
    ],
    apply(doc, a, { force }) {
      const r = setOnce(
        doc,
        ['session'],
        compact({
          type: a.type,
          date: a.date,
          agenda_sent_to_governor_on: a.agenda_sent_to_governor_on,
          convocations: [{ number: a.convocation, date: a.convocation_date, present: a.present }],
        }),
        { force },
      );
      doc.set('members_in_office', a.members_in_office);
      return r;
    },
    examples: ['plan adopt session --type ordinary --date 2022-05-03 --agenda-sent-to-governor-on 2022-04-08 --present 11 --yes'],
  },
  {
    id: 'adopt.votes',
    command: 'adopt votes',
    kind: 'adoption',
    file: FILE,
    questions: [
      intQ('for', { message: 'q.votes_for' }),
      intQ('against', { message: 'q.votes_against' }),
      intQ('abstain', { message: 'q.votes_abstain' }),
      // On a tie the president's side settles the vote (PAC-ADO-005's reading): asked only then.
      selectQ('president_side', enumChoices(['for', 'against', 'abstain'], valueLabel('president_side')), {
        optional: true,
        when: (a) => a.for !== undefined && a.for === a.against,
      }),
      textQ('decision_no', { optional: true }),
    ],
    apply(doc, a, { force }) {
      const r = setOnce(doc, ['votes'], compact({ for: a.for, against: a.against, abstain: a.abstain, president_side: a.president_side }), { force });
      if (a.decision_no !== undefined) doc.set('decision_no', String(a.decision_no));
      return r;
    },
    examples: ['plan adopt votes --for 9 --against 1 --abstain 1 --decision-no 12/2022'],
  },
  {
    id: 'adopt.visa',
    command: 'adopt visa',
    kind: 'adoption',
    file: FILE,
    questions: [
      dateQ('received_on'),
      selectQ('status', enumChoices(['granted', 'refused', 'tacit', 'pending'], valueLabel('visa')), { message: 'q.visa_status' }),
      dateQ('visa_on', { optional: true, when: (a) => a.status === 'granted' || a.status === 'refused' }),
      textQ('reference', { optional: true }),
    ],
    apply: (doc, a, { force }) =>
      setOnce(doc, ['visa'], compact({ received_on: a.received_on, visa_on: a.visa_on, status: a.status, reference: a.reference }), { force }),
    examples: ['plan adopt visa --received-on 2022-05-10 --status granted --visa-on 2022-05-24 --reference VISA-2022-118'],
  },
  {
    // One publication step at a time, as each happens: the decision summary posted at the commune's seat,
    // the plan published, its data on an open data portal (law 31-13 art. 10); a date recorded is kept
    // unless --force.
    id: 'adopt.publication',
    command: 'adopt publication',
    kind: 'adoption',
    file: FILE,
    questions: [
      selectQ('step', enumChoices(PUBLICATION_STEPS, valueLabel('publication')), { message: 'q.publication_step' }),
      dateQ('date'),
      textQ('where', { optional: true, message: 'q.publication_where', when: (a) => a.step !== 'open_data' }),
      { ...textQ('url', { message: 'q.open_data_url', when: (a) => a.step === 'open_data' }), parse: parseUrl },
    ],
    apply(doc, a, { force }) {
      const step = a.step as (typeof PUBLICATION_STEPS)[number];
      const applied = setOnce(doc, ['publication', PUBLICATION_FIELD[step]], a.date, { force });
      if (a.where !== undefined && doc.getIn(['publication', 'where']) !== a.where) setOnce(doc, ['publication', 'where'], a.where, { force });
      if (a.url !== undefined && doc.getIn(['publication', 'open_data_url']) !== a.url) setOnce(doc, ['publication', 'open_data_url'], a.url, { force });
      return { ...applied, at: ['publication'] };
    },
    examples: [
      'plan adopt publication --step decision_summary --date 2022-06-01 --where "siège de la commune"',
      'plan adopt publication --step plan --date 2022-06-15 --where "siège et site de la commune"',
      'plan adopt publication --step open_data --date 2022-06-20 --url https://data.gov.ma/data/fr/dataset/pac-commune-test',
    ],
  },
];
