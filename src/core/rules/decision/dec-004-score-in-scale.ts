// PAC-DEC-004: scores inside their scale, checked by `plan validate` as by `plan prioritize` and `plan select`.
import { decisionRule } from './decision-check.js';

export default decisionRule(
  'PAC-DEC-004',
  { ar: 'النقط داخل سلمها', fr: 'Notes dans leur échelle', en: 'Scores inside their scale' },
  { phase: 2, needs: ['priorities'], basis: 'practice (DGCT guide)' },
);
