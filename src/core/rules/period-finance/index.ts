// Rules on the plan period, project financing and the financial frame.
import type { AnyRule } from '../rule.js';
import per001 from './per-001-six-year-window.js';
import per002 from './per-002-years-inside-period.js';
import fin001 from './fin-001-three-year-projection.js';
import fin002 from './fin-002-financing-closes.js';
import fin003 from './fin-003-years-close.js';
import fin004 from './fin-004-commune-share-fits.js';
import fin005 from './fin-005-capacity-adds-up.js';
import fin006 from './fin-006-partner-commitments.js';

/** The period and finance rules, in code order. */
export const periodFinanceRules: AnyRule[] = [per001, per002, fin001, fin002, fin003, fin004, fin005, fin006];
