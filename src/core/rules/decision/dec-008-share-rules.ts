// PAC-DEC-008: share rules are valid, checked by `plan validate` as by `plan prioritize` and `plan select`.
import { decisionRule } from './decision-check.js';

export default decisionRule(
  'PAC-DEC-008',
  { ar: 'قواعد الحصص صالحة', fr: 'Règles de part valides', en: 'Share rules are valid' },
  { phase: 3, needs: ['finance', 'commune'], basis: 'practice' },
);
