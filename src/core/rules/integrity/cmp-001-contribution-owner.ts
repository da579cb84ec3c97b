// PAC-CMP-001: a project the commune only contributes to is owned by someone else (LO 113-14
// arts. 77-90 on own, shared and transferred competences; an unverified reading, hence the parameter).
import { defineRule } from '../rule.js';

/** competence_type `contribution` requires owner_is_commune: false. */
export default defineRule<{ owner_required: boolean }>({
  code: 'PAC-CMP-001',
  title: {
    ar: 'مشروع المساهمة صاحبه غير الجماعة',
    fr: 'Projet de contribution : maître d’ouvrage autre que la commune',
    en: 'Contribution project owned by another body',
  },
  severity: 'error',
  phase: 3,
  needs: ['project'],
  basis: 'LO 113-14 arts. 77-90',
  unverified: true,
  params: {
    owner_required: {
      default: true,
      description: {
        ar: 'يجب أن يصرح مشروع المساهمة بأن الجماعة ليست صاحبة المشروع (owner_is_commune: false)',
        fr: 'Un projet de contribution doit déclarer que la commune n’est pas maître d’ouvrage (owner_is_commune: false)',
        en: 'A contribution project must state that the commune is not the owner (owner_is_commune: false)',
      },
    },
  },
  message: {
    ar: (a) => `المشروع ${a.project} مساهمة من الجماعة، فيجب أن يكون صاحبه جهة أخرى (owner_is_commune: false)`,
    fr: (a) => `Le projet ${a.project} est une contribution de la commune : son maître d’ouvrage doit être un autre organisme (owner_is_commune: false)`,
    en: (a) => `Project ${a.project} is a commune contribution: its owner must be another body (owner_is_commune: false)`,
  },
  check(plan, { params, report }) {
    for (const doc of plan.projects) {
      const p = doc.data;
      if (p.competence_type !== 'contribution' || p.owner_is_commune === false) continue;
      if (p.owner_is_commune === undefined && !params.owner_required) continue;
      const stated = p.owner_is_commune !== undefined;
      report(
        { doc, path: stated ? ['owner_is_commune'] : ['competence_type'] },
        { project: p.id },
        { expected: 'false', found: stated ? String(p.owner_is_commune) : '—' },
      );
    }
  },
});
