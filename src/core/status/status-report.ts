// The shape of `plan status`: per phase, a checklist of requirements and rules with their basis;
// the current phase and next actions; the calendar of legal deadlines.
import type { Severity } from '../diagnostics/diagnostic.js';

/** done: met / passes; missing: not there yet (or the rule cannot run yet); warning / error: a finding; off: disabled. */
export type ItemState = 'done' | 'missing' | 'warning' | 'error' | 'off';

/** One line of a phase's checklist. */
export interface ChecklistItem {
  /** A requirement item (file or file#section) or a rule code. */
  id: string;
  source: 'requirement' | 'rule';
  state: ItemState;
  /** Article or practice the item rests on. */
  basis: string;
  /** The rule's basis is an unverified reading (its defaults are parameters). */
  unverified?: boolean;
  /** For rules: how many findings, and the most serious severity. */
  findings?: number;
  severity?: Severity;
}

export interface PhaseChecklist {
  phase: 1 | 2 | 3 | 4 | 5;
  items: ChecklistItem[];
  /** Every item done or off. */
  complete: boolean;
}

/** One date of the procedure calendar. */
export interface CalendarEntry {
  id:
    | 'first_year_deadline'
    | 'first_year_deadline_prepared'
    | 'session'
    | 'committee_referral'
    | 'agenda_to_governor'
    | 'transmission'
    | 'visa'
    | 'decision_summary'
    | 'publication'
    | 'open_data'
    | 'followup_file'
    | 'annual_evaluation'
    | 'council_review'
    | 'update_window';
  /** The year a follow-up entry is about (followup_file, annual_evaluation, council_review). */
  year?: number;
  /** The deadline or the date (YYYY-MM-DD). */
  date: string;
  basis: string;
  /** Days from today to `date` (negative once past). */
  days_left: number;
  /** The date the plan records for the act, when it does. */
  recorded?: string;
  /** Whether the recorded act meets the deadline. */
  met?: boolean;
  /** The recorded date lies after today: not a fact yet (PAC-ADO-010). */
  future?: boolean;
  /** Computed from an assumed session date (no session recorded yet). */
  estimated?: boolean;
  /** Unverified legal reading (GK). */
  unverified?: boolean;
}

/** How the session date used by the calendar was found. */
export interface SessionBasis {
  date: string;
  type: 'ordinary' | 'extraordinary';
  /** recorded: from adoption.yaml; next_ordinary: ordinary sessions remain before the first-year deadline
   *  (`date` is the latest of them); extraordinary_only: only an extraordinary session can still meet it
   *  (`date` is the last safe day); after_deadline: nothing is left before the deadline, so the next
   *  ordinary session after it. */
  how: 'recorded' | 'next_ordinary' | 'extraordinary_only' | 'after_deadline';
  /** The earliest and latest ordinary sessions that still meet the deadline. */
  earliest?: string;
  latest?: string;
  /** The days an extraordinary session can be held and still meet the deadline. */
  extraordinary?: { from: string; to: string };
}

/** A next step: a requirement, a rule in error, or a step of the procedure after the vote (`date`: due on). */
export interface NextAction {
  item: string;
  command?: string;
  date?: string;
  /** The year a follow-up step is about. */
  year?: number;
}

export interface StatusReport {
  workspace: string;
  today: string;
  current: 1 | 2 | 3 | 4 | 5 | 6;
  phases: PhaseChecklist[];
  next: NextAction[];
  session?: SessionBasis;
  calendar: CalendarEntry[];
  /** The council's vote, when recorded: a rejected vote does not end the procedure. */
  vote?: 'adopted' | 'rejected' | 'tie_undecided';
  /** An update of the adopted plan that is open (plan update start), until its own visa. */
  update?: { number: number; started_on: string; base: string };
  /** Errors and warnings of the whole plan, for the summary line. */
  counts: { error: number; warning: number };
}
