// PAC-REF-010: a project's convergence names programmes that plan.yaml lists, so that the convergence
// matrix (coherence with the regional programme and the State's programmes, LO 113-14 art. 78) shows
// every link the sheets claim.
import { defineRule } from '../rule.js';

/** project.convergence → plan.yaml programmes[].id. */
export default defineRule({
  code: 'PAC-REF-010',
  title: {
    ar: 'برامج الالتقائية للمشاريع معرفة',
    fr: 'Programmes de convergence des projets connus',
    en: 'Project convergence programmes resolve',
  },
  severity: 'error',
  phase: 3,
  needs: ['plan', 'project'],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: (a) => `المعرف «${a.id}» لا يطابق أي برنامج التقائية (plan.yaml، programmes)`,
    fr: (a) => `L’identifiant « ${a.id} » ne correspond à aucun programme de convergence (plan.yaml, programmes)`,
    en: (a) => `The id “${a.id}” matches no convergence programme (plan.yaml, programmes)`,
  },
  check(plan, { report }) {
    const known = (plan.manifest!.data.programmes ?? []).map((p) => p.id);
    for (const doc of plan.projects)
      doc.data.convergence?.forEach((id, i) => {
        if (!known.includes(id)) report({ doc, path: ['convergence', i] }, { id }, { expected: known.length ? known.join(', ') : '—', found: id });
      });
  },
});
