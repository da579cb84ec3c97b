// PAC-IND-002: an indicator measures change over the plan: its baseline is known when the plan starts
// and its targets fall within the plan years (practice, monitoring system of Decree 2-16-301 art. 6).
import { defineRule } from '../rule.js';

/** Baseline year ≤ plan start year; every target year inside the plan period. */
export default defineRule({
  code: 'PAC-IND-002',
  title: {
    ar: 'سنوات المؤشرات منسجمة مع مدة البرنامج',
    fr: 'Années des indicateurs cohérentes avec la période',
    en: 'Indicator years consistent with the plan period',
  },
  severity: 'warning',
  phase: 3,
  needs: ['plan', 'indicators'],
  basis: 'Decree 2-16-301 art. 6; practice',
  message: {
    ar: (a) =>
      a.what === 'baseline'
        ? `سنة الوضعية المرجعية للمؤشر ${a.indicator} (${a.year}) بعد بداية البرنامج (${a.start})`
        : `القيمة المستهدفة للمؤشر ${a.indicator} سنة ${a.year} خارج مدة البرنامج ${a.start}-${a.end}`,
    fr: (a) =>
      a.what === 'baseline'
        ? `L’année de référence de l’indicateur ${a.indicator} (${a.year}) est postérieure au début du plan (${a.start})`
        : `La cible ${a.year} de l’indicateur ${a.indicator} est hors de la période du plan ${a.start}-${a.end}`,
    en: (a) =>
      a.what === 'baseline'
        ? `The baseline year of indicator ${a.indicator} (${a.year}) is after the plan start (${a.start})`
        : `Target year ${a.year} of indicator ${a.indicator} is outside the plan period ${a.start}-${a.end}`,
  },
  check(plan, { report }) {
    const doc = plan.indicators!;
    const { start_year: start, end_year: end } = plan.manifest!.data.period;
    const args = { start: String(start), end: String(end) };
    doc.data.indicators.forEach((ind, k) => {
      const base = ind.baseline?.year;
      if (base !== undefined && base > start)
        report(
          { doc, path: ['indicators', k, 'baseline', 'year'] },
          { ...args, indicator: ind.id, year: String(base), what: 'baseline' },
          { expected: `≤ ${start}`, found: String(base) },
        );
      for (const year of Object.keys(ind.targets ?? {})) {
        const y = Number(year);
        if (y < start || y > end)
          report(
            { doc, path: ['indicators', k, 'targets', year] },
            { ...args, indicator: ind.id, year, what: 'target' },
            { expected: `${start}-${end}`, found: year },
          );
      }
    });
  },
});
