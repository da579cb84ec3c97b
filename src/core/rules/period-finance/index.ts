// Rules on the plan period, project financing and the financial frame.
import type { Rule } from '../rule.js';
import per001 from './per-001-six-year-window.js';

export const periodFinanceRules: Rule<any>[] = [per001];
