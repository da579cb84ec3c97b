// The procedure calendar from the plan's dates: first-year deadline, committee referral, agenda to
// the governor, visa, update window; the day counts use the same parameters as the rules.
import { addDays, addMonths, daysBetween } from '../rules/adoption/dates.js';
import { effectiveParams, type RuleSettings } from '../rules/engine.js';
import { ruleByCode } from '../rules/registry.js';
import type { Plan } from '../plan/workspace.js';
import type { CalendarEntry, SessionBasis } from './status-report.js';

// The rule's parameter when the rule is registered, else the figure of the procedure notes.
function param(code: string, name: string, fallback: unknown, settings: RuleSettings): unknown {
  const rule = ruleByCode(code);
  return rule ? effectiveParams(rule, settings)[name] ?? fallback : fallback;
}

const monthsList = (raw: unknown): number[] =>
  (Array.isArray(raw) ? raw : String(raw).split(',')).map(Number).filter((m) => Number.isInteger(m) && m >= 1 && m <= 12).sort((a, b) => a - b);

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

/** The calendar of a plan on `today`, and how the session date was found. */
export function buildCalendar(plan: Plan, today: string, settings: RuleSettings): { session?: SessionBasis; calendar: CalendarEntry[] } {
  const out: CalendarEntry[] = [];
  const entry = (e: Omit<CalendarEntry, 'days_left'>) => out.push({ ...e, days_left: daysBetween(today, e.date) });
  const adoption = plan.adoption?.data;
  const start = plan.commune?.data.council.mandate_start;
  const months = Number(param('PAC-DEL-001', 'months', 12, settings));
  // The first year runs up to the day before the anniversary of the mandate (as rule PAC-DEL-001 reads it).
  const deadline = start ? addDays(addMonths(start, months), -1) : undefined;
  if (deadline) entry({ id: 'first_year_deadline', date: deadline, basis: 'LO 113-14 art. 78', ...(adoption?.session ? { recorded: adoption.session.date, met: adoption.session.date <= deadline } : {}) });

  const ordinary = monthsList(param('PAC-ADO-006', 'ordinary_months', [2, 5, 10], settings));
  const referralDays = Number(param('PAC-ADO-001', 'days', 30, settings));
  let session: SessionBasis | undefined;
  if (adoption?.session) session = { date: adoption.session.date, type: adoption.session.type, how: 'recorded' };
  else if (deadline || start) {
    // The next ordinary session the plan can still reach: its committees must be seized beforehand.
    const next = nextOrdinarySession(addDays(today, referralDays), ordinary);
    session = deadline && next > deadline ? { date: next, type: 'ordinary', how: 'after_deadline' } : { date: next, type: 'ordinary', how: 'next_ordinary' };
  }
  if (session) {
    const estimated = session.how !== 'recorded';
    entry({ id: 'session', date: session.date, basis: 'LO 113-14 arts. 33, 38', ...(estimated ? { estimated } : {}) });
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
        ...(estimated ? { estimated } : {}),
        ...(sent ? { recorded: sent, met: daysBetween(sent, session.date) >= agendaDays } : {}),
      });
    }
  }
  const visa = adoption?.visa;
  if (visa?.received_on) {
    const days = Number(param('PAC-ADO-007', 'days', 20, settings));
    const due = addDays(visa.received_on, days);
    entry({ id: 'visa', date: due, basis: 'LO 113-14 art. 118', unverified: true, ...(visa.visa_on ? { recorded: visa.visa_on, met: visa.visa_on <= due } : {}) });
  }
  const period = plan.manifest?.data.period;
  if (period) {
    const fromYear = Number(param('PAC-ADO-008', 'from_plan_year', 3, settings));
    const first = adoption?.updates?.[0]?.date;
    const opens = `${period.start_year + fromYear - 1}-01-01`;
    entry({ id: 'update_window', date: opens, basis: 'LO 113-14 art. 79', unverified: true, ...(first ? { recorded: first, met: first >= opens } : {}) });
  }
  // A calendar reads in time order; entries on the same day keep the procedure's order.
  return { session, calendar: out.map((e, i) => [e, i] as const).sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1])).map(([e]) => e) };
}
