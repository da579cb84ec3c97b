// PAC-CNV-001: a project that cites a framework agreement or provincial programme (finance.yaml
// framework_agreements; e.g. the Khémisset integrated programme 2022-2025, 750 MDH) must fit it: the
// agreement exists, the project runs within its years, and the projects citing it do not ask its
// partners for more than its envelope (LO 113-14 art. 78: convergence with the programmes of the State
// and the other collectivities; practice).
import { defineRule } from '../rule.js';

type Case = 'unknown' | 'years' | 'envelope';

/** Cited agreement missing; project years outside the agreement's; Σ partner money of citing projects > envelope. */
export default defineRule({
  code: 'PAC-CNV-001',
  title: {
    ar: 'الانسجام مع الاتفاقيات الإطار والبرنامج الإقليمي',
    fr: 'Cohérence avec les conventions-cadres et le programme provincial',
    en: 'Consistency with framework agreements and the provincial programme',
  },
  severity: 'warning',
  phase: 3,
  needs: ['project', 'finance'],
  basis: 'LO 113-14 art. 78; practice',
  message: {
    ar: (a) =>
      ({
        unknown: `المشروع ${a.project} يحيل على الاتفاقية الإطار ${a.agreement} غير المعرفة في finance.yaml (framework_agreements)`,
        years: `المشروع ${a.project} مبرمج من ${a.start} إلى ${a.end}، خارج مدة الاتفاقية ${a.agreement} (${a.from}-${a.to})`,
        envelope: `المشاريع التي تحيل على الاتفاقية ${a.agreement} تطلب من شركائها ${a.found} درهم، أكثر من غلافها المالي (${a.expected} درهم)`,
      })[a.case as Case],
    fr: (a) =>
      ({
        unknown: `Le projet ${a.project} cite la convention-cadre ${a.agreement}, absente de finance.yaml (framework_agreements)`,
        years: `Le projet ${a.project} court de ${a.start} à ${a.end}, hors de la période de la convention ${a.agreement} (${a.from}-${a.to})`,
        envelope: `Les projets qui citent la convention ${a.agreement} demandent ${a.found} MAD à ses partenaires, plus que son enveloppe (${a.expected} MAD)`,
      })[a.case as Case],
    en: (a) =>
      ({
        unknown: `Project ${a.project} cites framework agreement ${a.agreement}, which finance.yaml does not define (framework_agreements)`,
        years: `Project ${a.project} runs from ${a.start} to ${a.end}, outside agreement ${a.agreement}'s period (${a.from}-${a.to})`,
        envelope: `The projects citing agreement ${a.agreement} ask its partners for ${a.found} MAD, more than its envelope (${a.expected} MAD)`,
      })[a.case as Case],
  },
  check(plan, { report }) {
    const fin = plan.finance!;
    const list = fin.data.framework_agreements ?? [];
    const byId = new Map(list.map((a, i) => [a.id, { a, i }]));
    const asked = new Map<string, number>();
    for (const doc of plan.projects) {
      const p = doc.data;
      const id = p.framework_agreement;
      if (!id) continue;
      const found = byId.get(id);
      if (!found) {
        report(
          { doc, path: ['framework_agreement'] },
          { case: 'unknown', project: p.id, agreement: id },
          { expected: [...byId.keys()].join(', ') || '—', found: id },
        );
        continue;
      }
      const { a } = found;
      if (p.schedule.start_year < a.start_year || p.schedule.end_year > a.end_year)
        report(
          { doc, path: ['schedule'] },
          {
            case: 'years',
            project: p.id,
            agreement: id,
            start: String(p.schedule.start_year),
            end: String(p.schedule.end_year),
            from: String(a.start_year),
            to: String(a.end_year),
          },
          { expected: `${a.start_year}-${a.end_year}`, found: `${p.schedule.start_year}-${p.schedule.end_year}` },
        );
      const partners = a.partners && new Set(a.partners);
      const money = p.financing.filter((f) => (partners ? partners.has(f.partner) : true)).reduce((s, f) => s + f.amount, 0);
      asked.set(id, (asked.get(id) ?? 0) + money);
    }
    for (const [id, total] of asked) {
      const { a, i } = byId.get(id)!;
      if (a.envelope !== undefined && total > a.envelope)
        report(
          { doc: fin, path: ['framework_agreements', i, 'envelope'] },
          { case: 'envelope', agreement: id, found: total, expected: a.envelope },
          { expected: a.envelope, found: total },
        );
    }
  },
});
