// PAC-PDR-001: each axis and each project says how it fits the regional development programme, or
// why it does not (LO 113-14 art. 78: the plan is consistent with the PDR orientations). A warning,
// since the link is a statement the checker cannot verify.
import { defineRule } from '../rule.js';

/**
 * An axis of priorities.yaml, or a project, with neither pdr_link nor pdr_reason. Reads whichever of
 * the two kinds the plan has, so that it needs neither.
 */
export default defineRule({
  code: 'PAC-PDR-001',
  title: {
    ar: 'الانسجام مع برنامج التنمية الجهوية',
    fr: 'Cohérence avec le programme de développement régional',
    en: 'Coherence with the regional development programme',
  },
  severity: 'warning',
  phase: 3,
  needs: [],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: (a) => `${a.what === 'axis' ? 'المحور' : 'المشروع'} ${a.id} لا يذكر صلته ببرنامج التنمية الجهوية (pdr_link) ولا سبب غيابها (pdr_reason)`,
    fr: (a) => `${a.what === 'axis' ? 'L’axe' : 'Le projet'} ${a.id} n’indique ni son lien avec le PDR (pdr_link) ni la raison de son absence (pdr_reason)`,
    en: (a) =>
      `${a.what === 'axis' ? 'Axis' : 'Project'} ${a.id} states neither its link to the regional programme (pdr_link) nor why it has none (pdr_reason)`,
  },
  check(plan, { report }) {
    const detail = { expected: 'pdr_link | pdr_reason', found: '—' };
    const doc = plan.priorities;
    doc?.data.axes.forEach((axis, i) => {
      if (!axis.pdr_link && !axis.pdr_reason) report({ doc, path: ['axes', i] }, { what: 'axis', id: axis.id }, detail);
    });
    for (const p of plan.projects) if (!p.data.pdr_link && !p.data.pdr_reason) report({ doc: p, path: [] }, { what: 'project', id: p.data.id }, detail);
  },
});
