// Rules of the integrity group: references, unique ids, consistent figures, competences, indicators,
// bilingual texts and the order of phases.
import type { AnyRule } from '../rule.js';
import cmp001 from './cmp-001-contribution-owner.js';
import ind001 from './ind-001-project-indicator.js';
import ind002 from './ind-002-indicator-years.js';
import ind003 from './ind-003-project-objectives.js';
import int001 from './int-001-french-text.js';
import int002 from './int-002-population-adds-up.js';
import int003 from './int-003-document-language.js';
import phs001 from './phs-001-phase-order.js';
import ref001 from './ref-001-project-priorities.js';
import ref002 from './ref-002-financing-partners.js';
import ref003 from './ref-003-project-indicators.js';
import ref004 from './ref-004-project-links.js';
import ref005 from './ref-005-priority-sources.js';
import ref006 from './ref-006-localities.js';
import ref007 from './ref-007-committees.js';
import ref008 from './ref-008-priority-axes-criteria.js';
import ref009 from './ref-009-indicator-axes.js';
import ref010 from './ref-010-project-programmes.js';
import unq001 from './unq-001-unique-ids.js';

/** The integrity rules, in code order. */
export const integrityRules: AnyRule[] = [
  cmp001,
  ind001,
  ind002,
  ind003,
  int001,
  int002,
  int003,
  phs001,
  ref001,
  ref002,
  ref003,
  ref004,
  ref005,
  ref006,
  ref007,
  ref008,
  ref009,
  ref010,
  unq001,
];
