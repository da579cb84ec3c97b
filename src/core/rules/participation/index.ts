// Rules of the participation group.
import type { Rule } from '../rule.js';

export const participationRules: Rule<any>[] = [];
