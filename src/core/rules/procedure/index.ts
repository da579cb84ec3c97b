// Rules of the procedure around the plan: the period against the mandate, the council's bodies, partner
// agreements, framework agreements, territorial spread, convocations, transmission and publication.
import type { AnyRule } from '../rule.js';
import ado011 from './ado-011-sent-to-governor.js';
import ado012 from './ado-012-members-convened.js';
import cnv001 from './cnv-001-framework-agreements.js';
import com001 from './com-001-committees-exist.js';
import fin007 from './fin-007-signed-agreements.js';
import per003 from './per-003-period-start.js';
import pub001 from './pub-001-publication.js';
import pub002 from './pub-002-open-data.js';
import ter001 from './ter-001-investment-spread.js';

/** The procedure rules, in code order. */
export const procedureRules: AnyRule[] = [ado011, ado012, cnv001, com001, fin007, per003, pub001, pub002, ter001];
