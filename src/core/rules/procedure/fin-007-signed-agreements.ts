// PAC-FIN-007: art. 78 asks for the resources of the first three years; money a partner other than the
// commune brings in those years is a resource only once an agreement binds it (practice: framework and
// specific agreements). The `agreement` field of a project sheet records it; money of a partner to an
// approved framework agreement (finance.yaml framework_agreements) in that agreement's years rests on it.
import { defineRule } from '../rule.js';

/** A project with partner (non-commune) money in plan years 1-`years` and no agreement, or one without a signing date. */
export default defineRule<{ years: number }>({
  code: 'PAC-FIN-007',
  title: {
    ar: 'تمويل الشركاء في السنوات الثلاث الأولى مبني على اتفاقية موقعة',
    fr: 'Apports des partenaires des trois premières années fondés sur une convention signée',
    en: 'Partner money in years 1-3 rests on a signed agreement',
  },
  severity: 'warning',
  phase: 3,
  needs: ['plan', 'project', 'finance'],
  basis: 'LO 113-14 art. 78; practice',
  params: {
    years: {
      default: 3,
      min: 1,
      max: 6,
      integer: true,
      description: {
        ar: 'عدد السنوات الأولى من البرنامج التي يجب أن يستند فيها تمويل الشركاء إلى اتفاقية موقعة',
        fr: 'Nombre des premières années du plan où l’apport d’un partenaire doit reposer sur une convention signée',
        en: 'Number of first plan years in which partner money must rest on a signed agreement',
      },
    },
  },
  message: {
    ar: (a) =>
      a.case === 'missing'
        ? `المشروع ${a.project} يعول على ${a.amount} درهم من ${a.partner} خلال السنوات ${a.from}-${a.to} دون اتفاقية موقعة (agreement)`
        : `اتفاقية المشروع ${a.project} (${a.reference}) دون تاريخ توقيع (agreement.signed_on)، وهو يعول على ${a.amount} درهم من ${a.partner} خلال السنوات ${a.from}-${a.to}`,
    fr: (a) =>
      a.case === 'missing'
        ? `Le projet ${a.project} compte sur ${a.amount} MAD de ${a.partner} en ${a.from}-${a.to} sans convention signée (agreement)`
        : `La convention du projet ${a.project} (${a.reference}) n’a pas de date de signature (agreement.signed_on), alors qu’il compte sur ${a.amount} MAD de ${a.partner} en ${a.from}-${a.to}`,
    en: (a) =>
      a.case === 'missing'
        ? `Project ${a.project} counts on ${a.amount} MAD from ${a.partner} in ${a.from}-${a.to} with no signed agreement (agreement)`
        : `Project ${a.project}'s agreement (${a.reference}) has no signing date (agreement.signed_on), while it counts on ${a.amount} MAD from ${a.partner} in ${a.from}-${a.to}`,
  },
  check(plan, { params, report }) {
    const start = plan.manifest!.data.period.start_year;
    const last = start + params.years - 1;
    const types = new Map(plan.finance!.data.partners.map((p) => [p.id, p.type]));
    // Approved framework agreements bind their partners for their years, whether or not the project cites them.
    const frameworks = (plan.finance!.data.framework_agreements ?? []).filter((a) => a.approved_on);
    const bound = (partner: string, year: number) => frameworks.some((a) => (a.partners ?? []).includes(partner) && a.start_year <= year && year <= a.end_year);
    for (const doc of plan.projects) {
      const p = doc.data;
      if (p.agreement?.signed_on) continue;
      p.financing.forEach((f, i) => {
        if (types.get(f.partner) === 'commune' || !types.has(f.partner)) return;
        const amount = Object.entries(f.by_year).reduce((s, [y, v]) => {
          const year = Number(y);
          return year >= start && year <= last && !bound(f.partner, year) ? s + (v ?? 0) : s;
        }, 0);
        if (amount <= 0) return;
        const args = { project: p.id, partner: f.partner, amount, from: String(start), to: String(last) };
        if (!p.agreement) report({ doc, path: ['financing', i, 'partner'] }, { case: 'missing', ...args }, { expected: 'agreement', found: '—' });
        else report({ doc, path: ['agreement'] }, { case: 'unsigned', reference: p.agreement.reference, ...args }, { expected: 'signed_on', found: '—' });
      });
    }
  },
});
