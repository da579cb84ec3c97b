// PAC-DEC-007: survey answers exist, checked by `plan validate` as by `plan prioritize` and `plan select`.
import { decisionRule } from './decision-check.js';

export default decisionRule(
  'PAC-DEC-007',
  { ar: 'أجوبة الاستمارة موجودة', fr: 'Réponses d’enquête existantes', en: 'Survey answers exist' },
  { phase: 2, needs: ['priorities', 'consultations'], basis: 'LO 113-14 art. 119' },
);
