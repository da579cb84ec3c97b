// Rules of the participation group: traceability, gender, inclusion, IECAG, PDR and governor coordination.
import type { AnyRule } from '../rule.js';
import gen001 from './gen-001-gender-analysis.js';
import gen002 from './gen-002-participants-by-sex.js';
import gen003 from './gen-003-beneficiaries-by-sex.js';
import gen004 from './gen-004-women-share.js';
import gov001 from './gov-001-services-meeting.js';
import iec001 from './iec-001-iecag-consulted.js';
import inc001 from './inc-001-youth-reached.js';
import inc002 from './inc-002-pwd-reached.js';
import inc003 from './inc-003-rural-reached.js';
import pdr001 from './pdr-001-pdr-coherence.js';
import trc001 from './trc-001-diagnosis-needs-potentials.js';
import trc002 from './trc-002-project-priority.js';
import trc003 from './trc-003-priority-source.js';

/** The participation rules, in code order. */
export const participationRules: AnyRule[] = [gen001, gen002, gen003, gen004, gov001, iec001, inc001, inc002, inc003, pdr001, trc001, trc002, trc003];
