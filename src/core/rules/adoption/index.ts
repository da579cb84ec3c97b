// Rules of the adoption group.
import type { Rule } from '../rule.js';

export const adoptionRules: Rule<any>[] = [];
