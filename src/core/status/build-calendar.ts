// The procedure calendar from the plan's dates: first-year deadline, committee referral, agenda to
// the governor, then after the vote the transmission, visa, publication, annual evaluation and the
// update window; the day counts use the same parameters (and readings) as the rules.
import { addDays, addMonths, daysBetween } from '../rules/adoption/dates.js';
import { deadlineAct, firstYearDeadline, type DeadlineReading } from '../rules/adoption/del-001-first-year-deadline.js';
import { entryIntoForce } from '../rules/adoption/entry-into-force.js';
import { membersInOffice } from '../rules/adoption/members-in-office.js';
import { voteOutcome, VOTE_DEFAULTS, type MajorityMode, type TieRule, type VoteOutcome } from '../rules/adoption/vote-outcome.js';
import { effectiveParams, type RuleSettings } from '../rules/engine.js';
import { ruleByCode } from '../rules/registry.js';
import type { Plan } from '../plan/workspace.js';
import type { CalendarEntry, SessionBasis } from './status-report.js';

// The rule's parameter when the rule is registered, else the figure of the procedure notes.
function param(code: string, name: string, fallback: unknown, settings: RuleSettings): unknown {
  const rule = ruleByCode(code);
  return rule ? (effectiveParams(rule, settings)[name] ?? fallback) : fallback;
}

const monthsList = (raw: unknown): number[] =>
  (Array.isArray(raw) ? raw : String(raw).split(','))
    .map(Number)
    .filter((m) => Number.isInteger(m) && m >= 1 && m <= 12)
    .sort((a, b) => a - b);

/**
 * The first ordinary session on or after `from`. Sessions are held in the first week of their month;
 * the calendar takes the 1st, the earliest day, so that the deadlines it derives are never late.
 */
export function nextOrdinarySession(from: string, months: number[]): string {
  let y = Number(from.slice(0, 4));
  for (;;) {
    for (const m of months) {
      const d = `${y}-${String(m).padStart(2, '0')}-01`;
      if (d >= from) return d;
    }
    y++;
  }
}

/** Every ordinary session (1st of its month) from `from` to `to`, both included. */
export function ordinarySessionsBetween(from: string, to: string, months: number[]): string[] {
  const out: string[] = [];
  for (let d = nextOrdinarySession(from, months); d <= to; d = nextOrdinarySession(addDays(d, 1), months)) out.push(d);
  return out;
}

/** The vote's outcome under the plan's readings of PAC-ADO-005. */
export function planVoteOutcome(plan: Plan, settings: RuleSettings): VoteOutcome | undefined {
  const reading = {
    majority_mode: param('PAC-ADO-005', 'majority_mode', VOTE_DEFAULTS.majority_mode, settings) as MajorityMode,
    tie_rule: param('PAC-ADO-005', 'tie_rule', VOTE_DEFAULTS.tie_rule, settings) as TieRule,
  };
  return voteOutcome(plan.adoption?.data.votes, membersInOffice(plan)?.members, reading);
}

/**
 * The follow-up after the plan is in force, for each year Y of the plan from the year it came into force
 * up to last year (the first year always, so that the first evaluation shows as soon as the plan is in
 * force): followup/Y.yaml, the annual evaluation of Y before the standing committees (practice), and the
 * council's examination of it at the next ordinary session (followup/Y.yaml `review`).
 *
 * The evaluation of Y is due by the end of indicators.yaml `reporting.evaluation_month` of Y+1; without
 * that month (a practice, not a text: GK), by the first day of the second ordinary-session month of
 * PAC-ADO-006 `ordinary_months` (May with the default [2, 5, 10]): "before the May session". The
 * follow-up file is due by the same day, since the evaluation is made from it.
 */
function followupCalendar(plan: Plan, inForce: string, today: string, ordinary: number[], entry: (e: Omit<CalendarEntry, 'days_left'>) => void): void {
  const month = plan.indicators?.data.reporting?.evaluation_month;
  const dueMonth = month ? month + 1 : (ordinary[1] ?? 5);
  const due = (y: number) => (dueMonth > 12 ? `${y + 1}-01-01` : `${y}-${String(dueMonth).padStart(2, '0')}-01`);
  const first = Number(inForce.slice(0, 4));
  const last = Math.min(plan.manifest?.data.period.end_year ?? first + 5, Number(today.slice(0, 4)) - 1);
  for (let y = first; y === first || y <= last; y++) {
    const file = plan.followup.find((d) => d.data.year === y)?.data;
    const evaluation = due(y + 1);
    entry({ id: 'followup_file', year: y, date: evaluation, basis: 'LO 113-14 art. 78', ...(file ? { recorded: file.as_of ?? `${y}-12-31`, met: true } : {}) });
    const committees = file?.review?.committees_on;
    entry({
      id: 'annual_evaluation',
      year: y,
      date: evaluation,
      basis: 'practice',
      unverified: true,
      ...(committees ? { recorded: committees, met: committees <= evaluation } : {}),
    });
    // The next ordinary session after the evaluation, any day of its month: due by the month's last day.
    const sessionEnd = addDays(addMonths(nextOrdinarySession(evaluation, ordinary), 1), -1);
    const held = file?.review?.session_on;
    entry({ id: 'council_review', year: y, date: sessionEnd, basis: 'LO 113-14 art. 78', ...(held ? { recorded: held, met: held <= sessionEnd } : {}) });
  }
}

/** The calendar of a plan on `today`, and how the session date was found. */
export function buildCalendar(plan: Plan, today: string, settings: RuleSettings): { session?: SessionBasis; calendar: CalendarEntry[] } {
  const out: CalendarEntry[] = [];
  const entry = (e: Omit<CalendarEntry, 'days_left'>) => {
    // A fact dated after today is not done: it is shown as a future record to check (PAC-ADO-010).
    const future = e.recorded !== undefined && e.recorded > today;
    const { met, ...rest } = e;
    out.push({ ...rest, ...(future ? { future: true } : met === undefined ? {} : { met }), days_left: daysBetween(today, e.date) });
  };
  const adoption = plan.adoption?.data;
  const start = plan.commune?.data.council.mandate_start;
  const months = Number(param('PAC-DEL-001', 'months', 12, settings));
  const reading = String(param('PAC-DEL-001', 'reading', 'prepared', settings)) as DeadlineReading;
  const referralDays = Number(param('PAC-ADO-001', 'days', 30, settings));
  const deadline = start ? firstYearDeadline(start, months) : undefined;
  if (deadline) {
    const act = deadlineAct(reading, adoption);
    entry({
      id: reading === 'adopted' ? 'first_year_deadline' : 'first_year_deadline_prepared',
      date: deadline,
      basis: 'LO 113-14 art. 78',
      unverified: true,
      ...(act ? { recorded: act.date, met: act.date <= deadline } : {}),
    });
  }

  const ordinary = monthsList(param('PAC-ADO-006', 'ordinary_months', [2, 5, 10], settings));
  let session: SessionBasis | undefined;
  if (adoption?.session) session = { date: adoption.session.date, type: adoption.session.type, how: 'recorded' };
  else if (deadline) {
    // The plan can still meet the deadline with a session from `from` (committees seized beforehand)
    // up to `lastSafe`: the deadline itself, or, when "prepared" is read as the referral, the deadline
    // plus the referral time.
    const from = addDays(today, referralDays);
    const lastSafe = reading === 'adopted' ? deadline : addDays(deadline, referralDays);
    const within = ordinarySessionsBetween(from, lastSafe, ordinary);
    const extraordinary = from <= lastSafe ? { from, to: lastSafe } : undefined;
    if (within.length)
      session = {
        date: within[within.length - 1]!,
        type: 'ordinary',
        how: 'next_ordinary',
        earliest: within[0]!,
        latest: within[within.length - 1]!,
        ...(extraordinary ? { extraordinary } : {}),
      };
    else if (extraordinary) session = { date: extraordinary.to, type: 'extraordinary', how: 'extraordinary_only', extraordinary };
    else session = { date: nextOrdinarySession(from, ordinary), type: 'ordinary', how: 'after_deadline' };
  }
  if (session) {
    const estimated = session.how !== 'recorded';
    entry({ id: 'session', date: session.date, basis: 'LO 113-14 arts. 33, 38', ...(estimated ? { estimated } : { recorded: session.date, met: true }) });
    const referral = adoption?.committee_referral?.date;
    entry({
      id: 'committee_referral',
      date: addDays(session.date, -referralDays),
      basis: 'Decree 2-16-301 art. 10',
      ...(estimated ? { estimated } : {}),
      ...(referral ? { recorded: referral, met: daysBetween(referral, session.date) >= referralDays } : {}),
    });
    if (session.type === 'ordinary') {
      const agendaDays = Number(param('PAC-ADO-006', 'agenda_days', 20, settings));
      const sent = adoption?.session?.agenda_sent_to_governor_on;
      entry({
        id: 'agenda_to_governor',
        date: addDays(session.date, -agendaDays),
        basis: 'LO 113-14 art. 38',
        unverified: true,
        ...(estimated ? { estimated } : {}),
        ...(sent ? { recorded: sent, met: daysBetween(sent, session.date) >= agendaDays } : {}),
      });
    }
  }

  // After the vote: only an adopted plan goes on to the governor, the visa, publication and evaluation.
  const outcome = planVoteOutcome(plan, settings);
  if (adoption?.session && outcome === 'adopted') {
    const sentDays = Number(param('PAC-ADO-011', 'days', 15, settings));
    const sent = adoption.transmission?.deliberation_on ?? adoption.visa?.received_on;
    const due = addDays(adoption.session.date, sentDays);
    entry({ id: 'transmission', date: due, basis: 'LO 113-14 arts. 116-118', unverified: true, ...(sent ? { recorded: sent, met: sent <= due } : {}) });
  }
  const visa = adoption?.visa;
  const visaDays = Number(param('PAC-ADO-007', 'days', 20, settings));
  if (visa?.received_on && outcome === 'adopted') {
    const due = addDays(visa.received_on, visaDays);
    entry({
      id: 'visa',
      date: due,
      basis: 'LO 113-14 art. 118',
      unverified: true,
      ...(visa.visa_on ? { recorded: visa.visa_on, met: visa.visa_on <= due } : {}),
    });
  }
  const inForce = outcome === 'adopted' ? entryIntoForce(adoption, visaDays) : undefined;
  if (inForce) {
    // The publication steps: the decision summary posted and the plan published within PAC-PUB-001's
    // days, the plan's data on an open data portal within PAC-PUB-002's (both unverified readings).
    const pub = adoption?.publication;
    const pubDue = addDays(inForce, Number(param('PAC-PUB-001', 'days', 30, settings)));
    const openDue = addDays(inForce, Number(param('PAC-PUB-002', 'days', 30, settings)));
    const steps = [
      { id: 'decision_summary', due: pubDue, recorded: pub?.decision_summary_on, basis: 'LO 113-14 art. 48' },
      { id: 'publication', due: pubDue, recorded: pub?.plan_published_on, basis: 'LO 113-14 art. 48; Law 31-13 art. 10' },
      { id: 'open_data', due: openDue, recorded: pub?.open_data_published_on, basis: 'Law 31-13 art. 10' },
    ] as const;
    for (const s of steps)
      entry({ id: s.id, date: s.due, basis: s.basis, unverified: true, ...(s.recorded ? { recorded: s.recorded, met: s.recorded <= s.due } : {}) });
    followupCalendar(plan, inForce, today, ordinary, entry);
    const fromYear = Number(param('PAC-ADO-008', 'from_plan_year', 3, settings));
    const opens = addMonths(inForce, 12 * (fromYear - 1));
    const first = adoption?.updates?.[0]?.date;
    entry({ id: 'update_window', date: opens, basis: 'LO 113-14 art. 79', unverified: true, ...(first ? { recorded: first, met: first >= opens } : {}) });
  }
  // A calendar reads in time order; entries on the same day keep the procedure's order.
  return {
    session,
    calendar: out
      .map((e, i) => [e, i] as const)
      .sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1]))
      .map(([e]) => e),
  };
}
