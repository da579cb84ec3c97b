// Rules that keep a broken plan from passing: settings, missing artefacts, impossible figures and dates.
import type { Rule } from '../rule.js';
import cfg001 from './cfg-001-rule-settings.js';
import phs002 from './phs-002-commune-present.js';
import phs003 from './phs-003-diagnosis-present.js';
import phs004 from './phs-004-consultations-present.js';
import phs005 from './phs-005-projects-present.js';
import phs006 from './phs-006-finance-present.js';
import phs007 from './phs-007-indicators-present.js';
import prg001 from './prg-001-programme-up-to-date.js';

export const sanityRules: Rule<any>[] = [cfg001, phs002, phs003, phs004, phs005, phs006, phs007, prg001];
