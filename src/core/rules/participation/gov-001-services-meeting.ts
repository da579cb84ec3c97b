// PAC-GOV-001: the plan is prepared in coordination with the governor, who coordinates the
// deconcentrated State services (LO 113-14 art. 78); the Decree provides a meeting with them (art. 4).
import { defineRule } from '../rule.js';

/** No consultation of type services_meeting. */
export default defineRule({
  code: 'PAC-GOV-001',
  title: {
    ar: 'لقاء مع عامل العمالة أو الإقليم أو من ينوب عنه والمصالح اللاممركزة',
    fr: 'Rencontre avec le gouverneur de la préfecture ou de la province et les services déconcentrés',
    en: 'Meeting with the governor and deconcentrated services',
  },
  severity: 'error',
  phase: 1,
  needs: ['consultations'],
  basis: 'LO 113-14 art. 78; Decree 2-16-301 art. 4',
  message: {
    ar: () => 'لا يوجد أي لقاء مسجل مع عامل العمالة أو الإقليم أو المصالح اللاممركزة (type: services_meeting)',
    fr: () =>
      'Aucune rencontre avec le gouverneur de la préfecture ou de la province ou les services déconcentrés de l’État n’est enregistrée (type: services_meeting)',
    en: () => 'No meeting with the governor or the deconcentrated State services is recorded (type: services_meeting)',
  },
  check(plan, { report }) {
    const doc = plan.consultations!;
    const types = [...new Set(doc.data.consultations.map((c) => c.type))];
    if (!types.includes('services_meeting'))
      report({ doc, path: ['consultations'] }, {}, { expected: 'type: services_meeting', found: types.join(', ') || '—' });
  },
});
