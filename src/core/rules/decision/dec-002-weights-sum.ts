// PAC-DEC-002: weights sum as declared, checked by `plan validate` as by `plan prioritize` and `plan select`.
import { decisionRule } from './decision-check.js';

export default decisionRule(
  'PAC-DEC-002',
  { ar: 'مجموع الأوزان يساوي المجموع المعلن', fr: 'La somme des poids égale le total déclaré', en: 'Weights sum as declared' },
  { phase: 2, needs: ['priorities'], basis: 'practice (DGCT guide)' },
);
