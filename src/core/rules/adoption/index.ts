// Rules of the adoption group: deadline, committees, council file, quorum, vote, session, visa, updates.
import type { AnyRule } from '../rule.js';
import ado001 from './ado-001-committee-referral.js';
import ado002 from './ado-002-council-file.js';
import ado003 from './ado-003-quorum.js';
import ado004 from './ado-004-votes-attendance.js';
import ado005 from './ado-005-majority.js';
import ado006 from './ado-006-session-type.js';
import ado007 from './ado-007-governor-visa.js';
import ado008 from './ado-008-update-year.js';
import ado009 from './ado-009-adoption-chain.js';
import ado010 from './ado-010-facts-not-future.js';
import del001 from './del-001-first-year-deadline.js';

/** The adoption rules, in code order. */
export const adoptionRules: AnyRule[] = [ado001, ado002, ado003, ado004, ado005, ado006, ado007, ado008, ado009, ado010, del001];
