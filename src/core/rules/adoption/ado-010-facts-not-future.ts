// PAC-ADO-010: adoption.yaml and consultations.yaml record facts: what happened, on the day it happened.
// A fact dated after today (the day the plan is judged on, `--today`) is a typing error or a plan passed
// off as a record, and `plan status` would call a future act "done".
import type { Doc, Plan } from '../../plan/workspace.js';
import { defineRule } from '../rule.js';

/** Every date a recorded fact carries, with its path. */
function recordedDates(plan: Plan): { doc: Doc<unknown>; path: (string | number)[]; date: string }[] {
  const out: { doc: Doc<unknown>; path: (string | number)[]; date: string }[] = [];
  const a = plan.adoption;
  if (a) {
    const d = a.data;
    const add = (path: (string | number)[], date: string | undefined) => date && out.push({ doc: a, path, date });
    add(['bureau_review_on'], d.bureau_review_on);
    add(['committee_referral', 'date'], d.committee_referral?.date);
    d.committee_reports?.forEach((r, i) => add(['committee_reports', i, 'date'], r.date));
    add(['session', 'date'], d.session?.date);
    add(['session', 'agenda_sent_to_governor_on'], d.session?.agenda_sent_to_governor_on);
    d.session?.convocations.forEach((c, i) => {
      add(['session', 'convocations', i, 'sent_on'], c.sent_on);
      add(['session', 'convocations', i, 'date'], c.date);
    });
    add(['transmission', 'deliberation_on'], d.transmission?.deliberation_on);
    add(['transmission', 'minutes_on'], d.transmission?.minutes_on);
    add(['visa', 'received_on'], d.visa?.received_on);
    add(['visa', 'visa_on'], d.visa?.visa_on);
    add(['publication', 'decision_summary_on'], d.publication?.decision_summary_on);
    add(['publication', 'plan_published_on'], d.publication?.plan_published_on);
    add(['publication', 'open_data_published_on'], d.publication?.open_data_published_on);
    d.updates?.forEach((u, i) => {
      add(['updates', i, 'date'], u.date);
      add(['updates', i, 'session_date'], u.session_date);
    });
  }
  const c = plan.consultations;
  c?.data.consultations.forEach((k, i) => k.date && out.push({ doc: c, path: ['consultations', i, 'date'], date: k.date }));
  return out;
}

/** A recorded date after plan.today. */
export default defineRule({
  code: 'PAC-ADO-010',
  title: {
    ar: 'الوقائع المسجلة ليست في المستقبل',
    fr: 'Pas de fait enregistré dans le futur',
    en: 'No recorded fact in the future',
  },
  severity: 'error',
  phase: 5,
  needs: [],
  basis: 'practice',
  message: {
    ar: (a) => `الواقعة مؤرخة في ${a.date}، بعد تاريخ اليوم (${a.today}): لا تسجل إلا الوقائع التي تمت`,
    fr: (a) => `Ce fait est daté du ${a.date}, après aujourd’hui (${a.today}) : n’enregistrez que des faits accomplis`,
    en: (a) => `This fact is dated ${a.date}, after today (${a.today}): record only what has happened`,
  },
  check(plan, { report }) {
    const today = plan.today;
    if (!today) return;
    for (const f of recordedDates(plan))
      if (f.date > today) report({ doc: f.doc, path: f.path }, { date: f.date, today }, { expected: `≤ ${today}`, found: f.date });
  },
});
