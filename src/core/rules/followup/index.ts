// Rules on the follow-up after adoption (followup/<year>.yaml): money, delivery, indicators, changes.
import type { AnyRule } from '../rule.js';
import trk001 from './trk-001-paid-within-committed.js';
import trk002 from './trk-002-within-cost.js';
import trk003 from './trk-003-done-delivered.js';
import trk004 from './trk-004-known-indicator.js';
import trk005 from './trk-005-measured-in-year.js';
import trk006 from './trk-006-known-project.js';
import trk007 from './trk-007-change-decided.js';
import trk008 from './trk-008-commitments-agreed.js';
import trk009 from './trk-009-year-in-period.js';

/** The follow-up rules, in code order. */
export const followupRules: AnyRule[] = [trk001, trk002, trk003, trk004, trk005, trk006, trk007, trk008, trk009];
