// PAC-INC-003: in a commune with rural douars, at least one consultation reaches their residents
// (LO 113-14 art. 119; practice, hence a warning). An urban commune without rural localities is exempt.
import { defineRule } from '../rule.js';
import { groupNotReachedMessage, reportUnreached } from './group-reached.js';

/**
 * When the commune is rural or lists a rural locality: no consultation targets rural residents,
 * counts rural participants, or is held in a rural locality.
 */
export default defineRule({
  code: 'PAC-INC-003',
  title: {
    ar: 'استشارة ساكنة الدواوير القروية',
    fr: 'Les douars ruraux sont consultés',
    en: 'Rural douars consulted',
  },
  severity: 'warning',
  phase: 1,
  needs: ['commune', 'consultations'],
  basis: 'practice; LO 113-14 art. 119',
  message: groupNotReachedMessage,
  check(plan, { report }) {
    const commune = plan.commune!.data;
    const rural = new Set((commune.localities ?? []).filter((l) => l.area === 'rural').map((l) => l.id));
    if (commune.type !== 'rural' && rural.size === 0) return;
    reportUnreached(plan, report, 'rural', rural);
  },
});
