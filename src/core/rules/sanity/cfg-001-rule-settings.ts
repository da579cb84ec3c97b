// PAC-CFG-001: the rule settings in plan.yaml name rules and parameters that exist, with values of the
// right type and range, so that a typo never turns a check off without a word (practice).
import type { Lang } from '../../diagnostics/diagnostic.js';
import { describeParam, settingsProblems, settingsProblemText, type RawSettings, type SettingsProblem } from '../param-schema.js';
import { defineRule, type MessageArgs } from '../rule.js';
import { RULES } from '../registry.js';

// The problem travels whole in the arguments; what a parameter expects is worded in each language here.
const say = (lang: Lang) => (a: MessageArgs) => {
  const p = JSON.parse(String(a.problem)) as SettingsProblem;
  const spec = p.kind === 'badValue' ? RULES.find((r) => r.code === p.code)?.params?.[p.name!] : undefined;
  return settingsProblemText(spec ? { ...p, expected: describeParam(spec, lang) } : p, lang);
};

/** Every unknown code, unknown parameter and ill-typed value under plan.yaml `rules`, at its position. */
export default defineRule({
  code: 'PAC-CFG-001',
  title: {
    ar: 'إعدادات القواعد في plan.yaml صحيحة',
    fr: 'Réglages des règles valides dans plan.yaml',
    en: 'Rule settings in plan.yaml are valid',
  },
  severity: 'error',
  phase: 1,
  needs: ['plan'],
  basis: 'practice',
  message: { ar: say('ar'), fr: say('fr'), en: say('en') },
  check(plan, { report }) {
    const doc = plan.manifest!;
    const rules = doc.data.rules as RawSettings | undefined;
    if (!rules) return;
    for (const p of settingsProblems(rules, RULES, 'en')) {
      const { expected: _e, ...rest } = p;
      const found = p.kind === 'unknownCode' ? p.code : p.kind === 'unknownParam' ? p.name! : JSON.stringify(p.value);
      report(
        { doc, path: ['rules', ...p.at] },
        { problem: JSON.stringify(p.kind === 'badValue' ? rest : p) },
        { found, ...(p.guess ? { expected: p.guess } : {}) },
      );
    }
  },
});
