// PAC-TRK-001: a payment settles a commitment: what a partner has paid on a project, summed over the
// follow-up years, never exceeds what it has committed by then (practice of public accounting; the
// commune follows its plan's execution, LO 113-14 art. 78).
import { defineRule } from '../rule.js';
import { followupMoney, upTo } from './followup-money.js';

/** Per project and partner, cumulated paid ≤ cumulated committed, at each follow-up year. */
export default defineRule({
  code: 'PAC-TRK-001',
  title: {
    ar: 'المبالغ المؤداة في حدود المبالغ الملتزم بها',
    fr: 'Paiements dans la limite des engagements',
    en: 'Payments within commitments',
  },
  severity: 'error',
  phase: 5,
  needs: ['followup'],
  basis: 'LO 113-14 art. 78; practice',
  message: {
    ar: (a) => `المبالغ المؤداة من ${a.partner} للمشروع ${a.project} إلى غاية ${a.year} (${a.found} درهم) تتجاوز المبالغ الملتزم بها (${a.expected} درهم)`,
    fr: (a) => `Au ${a.year}, ${a.partner} a payé ${a.found} MAD sur le projet ${a.project}, plus que ses engagements (${a.expected} MAD)`,
    en: (a) => `By ${a.year}, ${a.partner} has paid ${a.found} MAD on project ${a.project}, more than it committed (${a.expected} MAD)`,
  },
  check(plan, { report }) {
    for (const [project, partners] of followupMoney(plan))
      for (const [partner, m] of partners)
        // The first year the payments pass the commitments: later years follow from it.
        for (const p of m.paid) {
          const paid = upTo(m.paid, p.year);
          const committed = upTo(m.committed, p.year);
          if (paid <= committed) continue;
          report(
            { doc: p.doc, path: [...p.entry, 'paid', partner] },
            { project, partner, year: String(p.year), found: paid, expected: committed },
            { expected: committed, found: paid },
          );
          break;
        }
  },
});
