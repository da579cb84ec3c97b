// PAC-REF-002: the financing of projects and the programme name partners and projects that exist
// (practice: a financing line without a known partner cannot be counted in any envelope).
import { defineRule } from '../rule.js';
import { checkReference, unknownReferenceMessage } from './unknown-reference.js';

/** project financing[].partner and finance.programme lines → finance.partners and the project ids. */
export default defineRule({
  code: 'PAC-REF-002',
  title: {
    ar: 'شركاء التمويل موجودون',
    fr: 'Partenaires de financement existants',
    en: 'Financing partners exist',
  },
  severity: 'error',
  phase: 3,
  needs: ['project', 'finance'],
  basis: 'practice',
  message: unknownReferenceMessage,
  check(plan, ctx) {
    const fin = plan.finance!;
    const partners = new Set(fin.data.partners.map((p) => p.id));
    const projects = new Set(plan.projects.map((d) => d.data.id));
    for (const doc of plan.projects)
      doc.data.financing.forEach((f, i) => checkReference(ctx, doc, ['financing', i, 'partner'], f.partner, partners, 'partner'));
    const prog = fin.data.programme;
    prog?.lines.forEach((l, i) => {
      checkReference(ctx, fin, ['programme', 'lines', i, 'project'], l.project, projects, 'project');
      checkReference(ctx, fin, ['programme', 'lines', i, 'partner'], l.partner, partners, 'partner');
    });
    prog?.unfunded?.forEach((u, i) => checkReference(ctx, fin, ['programme', 'unfunded', i, 'project'], u.project, projects, 'project'));
  },
});
