// PAC-DEC-006: every priority scored on every criterion, checked by `plan validate` as by `plan prioritize` and `plan select`. Only once priorities are ranked or a programme selected: a plan in progress may not have them yet.
import { decisionRule, decided } from './decision-check.js';

export default decisionRule(
  'PAC-DEC-006',
  { ar: 'كل أولوية منقطة على كل معيار', fr: 'Chaque priorité notée sur chaque critère', en: 'Every priority scored on every criterion' },
  { phase: 2, needs: ['priorities'], basis: 'practice (DGCT guide)', when: decided },
);
