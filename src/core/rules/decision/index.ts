// The checks of prioritization and selection inputs, run by `plan validate` (PAC-DEC-001…008; an unknown
// criterion in the scores, PAC-DEC-005 in plan prioritize, is PAC-REF-008's finding in plan validate).
import type { AnyRule } from '../rule.js';
import dec001 from './dec-001-criteria-defined.js';
import dec002 from './dec-002-weights-sum.js';
import dec003 from './dec-003-criterion-scale.js';
import dec004 from './dec-004-score-in-scale.js';
import dec006 from './dec-006-every-score.js';
import dec007 from './dec-007-survey-links.js';
import dec008 from './dec-008-share-rules.js';

export const decisionRules: AnyRule[] = [dec001, dec002, dec003, dec004, dec006, dec007, dec008];
