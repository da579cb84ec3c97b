// PAC-DEC-001: prioritization criteria are defined, checked by `plan validate` as by `plan prioritize` and `plan select`. Only once priorities are ranked or a programme selected: a plan in progress may not have them yet.
import { decisionRule, decided } from './decision-check.js';

export default decisionRule(
  'PAC-DEC-001',
  { ar: 'معايير الترتيب محددة', fr: 'Critères de priorisation définis', en: 'Prioritization criteria defined' },
  { phase: 2, needs: ['priorities'], basis: 'practice (DGCT guide)', when: decided },
);
