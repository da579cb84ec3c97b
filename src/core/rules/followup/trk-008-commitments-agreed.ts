// PAC-TRK-008: a partner's commitments on a project rest on what it signed: a partner other than the
// commune commits money only under a signed agreement (the project's `agreement` with its signing date,
// or an approved framework agreement of finance.yaml that binds it that year), and its commitments,
// summed over the years, stay within the amount the plan programmes for it on the project (practice of
// agreements; the tolerance is a reading, not a text: unverified).
import { defineRule } from '../rule.js';
import { followupMoney, upTo } from './followup-money.js';

/** Non-commune committed money → signed agreement; Σ committed per partner ≤ its financing line × (1 + tolerance). */
export default defineRule<{ tolerance_pct: number }>({
  code: 'PAC-TRK-008',
  title: {
    ar: 'التزامات الشريك مبنية على اتفاقية موقعة وفي حدود مساهمته المبرمجة',
    fr: 'Engagements d’un partenaire fondés sur une convention signée et dans sa part programmée',
    en: 'A partner’s commitments rest on a signed agreement and stay within its programmed share',
  },
  severity: 'warning',
  phase: 5,
  needs: ['followup', 'project', 'finance'],
  basis: 'LO 113-14 art. 78; practice',
  unverified: true,
  params: {
    tolerance_pct: {
      default: 0,
      min: 0,
      max: 100,
      description: {
        ar: 'النسبة المئوية المقبولة لتجاوز مساهمة الشريك المبرمجة في المشروع',
        fr: 'Dépassement admis de la part programmée du partenaire sur le projet, en pour cent',
        en: 'Overrun of the partner’s programmed share of the project allowed, in per cent',
      },
    },
  },
  message: {
    ar: (a) =>
      a.case === 'agreement'
        ? `${a.partner} التزم بـ ${a.found} درهم للمشروع ${a.project} سنة ${a.year} دون اتفاقية موقعة (agreement.signed_on أو اتفاقية إطار مصادق عليها)`
        : `التزامات ${a.partner} للمشروع ${a.project} إلى غاية ${a.year} (${a.found} درهم) تتجاوز مساهمته المبرمجة (${a.expected} درهم)`,
    fr: (a) =>
      a.case === 'agreement'
        ? `${a.partner} engage ${a.found} MAD sur le projet ${a.project} en ${a.year} sans convention signée (agreement.signed_on ou convention-cadre approuvée)`
        : `Au ${a.year}, ${a.partner} a engagé ${a.found} MAD sur le projet ${a.project}, plus que sa part programmée (${a.expected} MAD)`,
    en: (a) =>
      a.case === 'agreement'
        ? `${a.partner} commits ${a.found} MAD to project ${a.project} in ${a.year} with no signed agreement (agreement.signed_on or an approved framework agreement)`
        : `By ${a.year}, ${a.partner} has committed ${a.found} MAD to project ${a.project}, more than its programmed share (${a.expected} MAD)`,
  },
  check(plan, { params, report }) {
    const fin = plan.finance!.data;
    const types = new Map(fin.partners.map((p) => [p.id, p.type]));
    const frameworks = (fin.framework_agreements ?? []).filter((a) => a.approved_on);
    const bound = (partner: string, year: number) => frameworks.some((a) => (a.partners ?? []).includes(partner) && a.start_year <= year && year <= a.end_year);
    const projects = new Map(plan.projects.map((d) => [d.data.id, d.data]));
    for (const [id, partners] of followupMoney(plan)) {
      const p = projects.get(id);
      if (!p) continue;
      for (const [partner, m] of partners) {
        if (types.get(partner) !== 'commune' && !p.agreement?.signed_on)
          for (const c of m.committed)
            if (c.value > 0 && !bound(partner, c.year))
              report(
                { doc: c.doc, path: [...c.entry, 'committed', partner] },
                { case: 'agreement', partner, project: id, year: String(c.year), found: c.value },
                { expected: 'agreement.signed_on', found: '—' },
              );
        const share = p.financing.filter((f) => f.partner === partner).reduce((s, f) => s + f.amount, 0);
        const limit = Math.round(share * (1 + params.tolerance_pct / 100));
        const over = m.committed.find((c) => upTo(m.committed, c.year) > limit);
        if (over) {
          const total = upTo(m.committed, over.year);
          report(
            { doc: over.doc, path: [...over.entry, 'committed', partner] },
            { case: 'share', partner, project: id, year: String(over.year), found: total, expected: share },
            { expected: share, found: total },
          );
        }
      }
    }
  },
});
