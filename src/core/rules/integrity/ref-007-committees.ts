// PAC-REF-007: the committees the draft was referred to, and whose reports are filed, are standing
// committees of the council (Decree 2-16-301 arts. 10-11).
import { defineRule } from '../rule.js';
import { checkReference, unknownReferenceMessage } from './unknown-reference.js';

/** adoption committee_referral.committees and committee_reports[].committee → commune standing_committees. */
export default defineRule({
  code: 'PAC-REF-007',
  title: {
    ar: 'اللجان المذكورة في المصادقة موجودة',
    fr: 'Commissions citées dans l’adoption existantes',
    en: 'Committees named in the adoption exist',
  },
  severity: 'error',
  phase: 4,
  needs: ['commune', 'adoption'],
  basis: 'Decree 2-16-301 arts. 10-11',
  message: unknownReferenceMessage,
  check(plan, ctx) {
    const known = new Set((plan.commune!.data.council.standing_committees ?? []).map((c) => c.id));
    const doc = plan.adoption!;
    doc.data.committee_referral?.committees?.forEach((id, i) => checkReference(ctx, doc, ['committee_referral', 'committees', i], id, known, 'committee'));
    doc.data.committee_reports?.forEach((r, i) => checkReference(ctx, doc, ['committee_reports', i, 'committee'], r.committee, known, 'committee'));
  },
});
