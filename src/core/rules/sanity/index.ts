// Rules that keep a broken plan from passing: settings, missing artefacts, impossible figures and dates.
import type { Rule } from '../rule.js';
import cfg001 from './cfg-001-rule-settings.js';

export const sanityRules: Rule<any>[] = [cfg001];
