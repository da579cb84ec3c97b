// Rules of the integrity group.
import type { Rule } from '../rule.js';

export const integrityRules: Rule<any>[] = [];
