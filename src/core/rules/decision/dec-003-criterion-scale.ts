// PAC-DEC-003: criterion scales run upwards, checked by `plan validate` as by `plan prioritize` and `plan select`.
import { decisionRule } from './decision-check.js';

export default decisionRule(
  'PAC-DEC-003',
  { ar: 'سلالم المعايير تصاعدية', fr: 'Échelles des critères croissantes', en: 'Criterion scales run upwards' },
  { phase: 2, needs: ['priorities'], basis: 'practice (DGCT guide)' },
);
