// Parses `--disable CODE` and `--param CODE.name=value` flags into rule settings, refusing (exit 2)
// an unknown code, an unknown parameter name or a value of the wrong type or out of range.
import type { AnyRule } from '../core/rules/rule.js';
import type { Lang } from '../core/diagnostics/diagnostic.js';
import type { RuleSettings } from '../core/rules/engine.js';
import { settingsProblems, settingsProblemText } from '../core/rules/param-schema.js';
import { tset } from '../i18n/rule-settings.js';
import { UsageError } from './errors.js';

/** `PAC-GEN-004.min_women_share=0.4` → {code, name, value}; values are JSON when they parse, else strings. */
export function parseParam(flag: string, lang: Lang = 'en'): { code: string; name: string; value: unknown } {
  const m = /^(PAC-[A-Z]{3}-\d{3})\.(\w+)=(.*)$/.exec(flag);
  if (!m) throw new UsageError(tset('param.badFlag', lang, { flag }));
  let value: unknown = m[3];
  try {
    value = JSON.parse(m[3]!);
  } catch {
    // a plain string value
  }
  return { code: m[1]!, name: m[2]!, value };
}

/** The run's rule settings from the flags, checked against the rules' parameter schemas. */
export function ruleSettingsFromFlags(disable: readonly string[], param: readonly string[], rules: readonly AnyRule[], lang: Lang): RuleSettings {
  const params: Record<string, Record<string, unknown>> = {};
  const flagOf = new Map<string, string>();
  for (const p of param) {
    const { code, name, value } = parseParam(p, lang);
    (params[code] ??= {})[name] = value;
    flagOf.set(`${code}.${name}`, `--param ${p}`);
  }
  const problems = settingsProblems({ disable, params }, rules, lang);
  if (problems.length) {
    const lines = problems.map((pr) => {
      const flag = pr.at[0] === 'disable' ? `--disable ${pr.code}` : (flagOf.get(`${pr.code}.${pr.name}`) ?? `--param ${pr.code}`);
      return tset('param.flag', lang, { flag, problem: settingsProblemText(pr, lang) });
    });
    throw new UsageError(lines.join('\n'));
  }
  return { disable, params };
}
