// PAC-INC-002: at least one consultation reaches people with disabilities (LO 113-14 art. 119:
// participatory mechanisms open to citizens; reaching them is a practice of the guides, hence a warning).
import { defineRule } from '../rule.js';
import { groupNotReachedMessage, reportUnreached } from './group-reached.js';

/** No consultation targets people with disabilities or counts them among participants. */
export default defineRule({
  code: 'PAC-INC-002',
  title: {
    ar: 'استشارة الأشخاص في وضعية إعاقة',
    fr: 'Les personnes en situation de handicap sont consultées',
    en: 'People with disabilities consulted',
  },
  severity: 'warning',
  phase: 1,
  needs: ['consultations'],
  basis: 'practice; LO 113-14 art. 119',
  message: groupNotReachedMessage,
  check(plan, { report }) {
    reportUnreached(plan, report, 'pwd');
  },
});
