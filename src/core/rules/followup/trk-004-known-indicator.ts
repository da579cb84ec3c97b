// PAC-TRK-004: a value measured in the follow-up is that of an indicator of the monitoring system
// (indicators.yaml; decree 2-16-301 art. 6): an unknown id is a value nobody will read.
import { defineRule } from '../rule.js';

/** Every followup indicators[].indicator is an id of indicators.yaml. */
export default defineRule({
  code: 'PAC-TRK-004',
  title: {
    ar: 'القيم المقيسة لمؤشرات معرفة في منظومة التتبع',
    fr: 'Les valeurs mesurées sont celles d’indicateurs du dispositif de suivi',
    en: 'Measured values belong to indicators of the monitoring system',
  },
  severity: 'error',
  phase: 5,
  needs: ['followup', 'indicators'],
  basis: 'Decree 2-16-301 art. 6',
  message: {
    ar: (a) => `المؤشر ${a.found} المقيس في تتبع ${a.year} غير معرف في indicators.yaml`,
    fr: (a) => `L’indicateur ${a.found} mesuré dans le suivi ${a.year} n’existe pas dans indicators.yaml`,
    en: (a) => `Indicator ${a.found} measured in the ${a.year} follow-up is not in indicators.yaml`,
  },
  check(plan, { report }) {
    const known = (plan.indicators!.data.indicators ?? []).map((i) => i.id);
    for (const doc of plan.followup)
      (doc.data.indicators ?? []).forEach((m, i) => {
        if (!known.includes(m.indicator))
          report(
            { doc, path: ['indicators', i, 'indicator'] },
            { found: m.indicator, year: String(doc.data.year) },
            { expected: known.join(', ') || '—', found: m.indicator },
          );
      });
  },
});
