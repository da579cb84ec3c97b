// Rules that keep a broken plan from passing: settings, missing artefacts, an out-of-date programme,
// impossible figures and dates, entries listed twice.
import type { AnyRule } from '../rule.js';
import cfg001 from './cfg-001-rule-settings.js';
import dat001 from './dat-001-end-after-start.js';
import dat002 from './dat-002-adoption-in-order.js';
import dat003 from './dat-003-within-mandate.js';
import dat004 from './dat-004-financing-in-schedule.js';
import phs002 from './phs-002-commune-present.js';
import phs003 from './phs-003-diagnosis-present.js';
import phs004 from './phs-004-consultations-present.js';
import phs005 from './phs-005-projects-present.js';
import phs006 from './phs-006-finance-present.js';
import phs007 from './phs-007-indicators-present.js';
import pop001 from './pop-001-localities-within-commune.js';
import pop002 from './pop-002-beneficiaries-within-commune.js';
import prg001 from './prg-001-programme-up-to-date.js';
import sub001 from './sub-001-part-of-whole.js';
import unq002 from './unq-002-same-project-twice.js';
import unq003 from './unq-003-listed-twice.js';

export const sanityRules: AnyRule[] = [
  cfg001,
  dat001,
  dat002,
  dat003,
  dat004,
  phs002,
  phs003,
  phs004,
  phs005,
  phs006,
  phs007,
  pop001,
  pop002,
  prg001,
  sub001,
  unq002,
  unq003,
];
