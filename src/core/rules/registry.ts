// The one list of domain rules, in code order. `plan rules` and `plan validate` read it.
import type { AnyRule } from './rule.js';
import { periodFinanceRules } from './period-finance/index.js';
import { participationRules } from './participation/index.js';
import { adoptionRules } from './adoption/index.js';
import { integrityRules } from './integrity/index.js';
import { sanityRules } from './sanity/index.js';
import { decisionRules } from './decision/index.js';
import { procedureRules } from './procedure/index.js';
import { followupRules } from './followup/index.js';

/** Every domain rule, sorted by code. */
export const RULES: readonly AnyRule[] = [
  ...periodFinanceRules,
  ...participationRules,
  ...adoptionRules,
  ...integrityRules,
  ...sanityRules,
  ...decisionRules,
  ...procedureRules,
  ...followupRules,
].sort((a, b) => (a.code < b.code ? -1 : 1));

/** Looks a rule up by its code. */
export const ruleByCode = (code: string): AnyRule | undefined => RULES.find((r) => r.code === code);
