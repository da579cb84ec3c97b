// PAC-DAT-001: what has a start and an end ends after it starts: a project's schedule, a survey's
// fieldwork (arithmetic; a reversed span is a typo that every year table would hide).
import { defineRule } from '../rule.js';

/** schedule.end_year ≥ start_year; survey end_date ≥ start_date. */
export default defineRule({
  code: 'PAC-DAT-001',
  title: {
    ar: 'النهاية بعد البداية',
    fr: 'La fin après le début',
    en: 'End after start',
  },
  severity: 'error',
  phase: 1,
  needs: [],
  basis: 'practice',
  message: {
    ar: (a) => `تاريخ النهاية (${a.found}) يسبق تاريخ البداية (${a.start})`,
    fr: (a) => `La fin (${a.found}) précède le début (${a.start})`,
    en: (a) => `The end (${a.found}) comes before the start (${a.start})`,
  },
  check(plan, { report }) {
    for (const doc of plan.projects) {
      const { start_year: start, end_year: end } = doc.data.schedule;
      if (end < start)
        report({ doc, path: ['schedule', 'end_year'] }, { found: String(end), start: String(start) }, { expected: `≥ ${start}`, found: String(end) });
    }
    const k = plan.consultations;
    if (!k || plan.invalid.has('consultations')) return;
    (k.data.surveys ?? []).forEach((s, i) => {
      if (s.end_date && s.end_date < s.start_date)
        report({ doc: k, path: ['surveys', i, 'end_date'] }, { found: s.end_date, start: s.start_date }, { expected: `≥ ${s.start_date}`, found: s.end_date });
    });
  },
});
