// PAC-INC-001: at least one consultation reaches young people (LO 113-14 art. 119: participatory
// mechanisms open to citizens; reaching youth is a practice of the guides, hence a warning).
import { defineRule } from '../rule.js';
import { groupNotReachedMessage, reportUnreached } from './group-reached.js';

/** No consultation targets youth or counts young participants. */
export default defineRule({
  code: 'PAC-INC-001',
  title: {
    ar: 'استشارة الشباب',
    fr: 'Les jeunes sont consultés',
    en: 'Young people consulted',
  },
  severity: 'warning',
  phase: 1,
  needs: ['consultations'],
  basis: 'practice; LO 113-14 art. 119',
  message: groupNotReachedMessage,
  check(plan, { report }) {
    reportUnreached(plan, report, 'youth');
  },
});
