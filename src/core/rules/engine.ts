// Runs the registered rules over a plan and turns their reports into diagnostics.
import type { Diagnostic, Lang, Severity } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/workspace.js';
import type { PlanFile } from '../plan/schema-types.js';
import type { MessageArgs, ParamSpec, AnyRule } from './rule.js';
import { formatNumber } from '../../i18n/format.js';
import { t } from '../../i18n/messages.js';

/** Per-run rule settings, merged as: built-in defaults < plan.yaml rules.* < command-line flags. */
export interface RuleSettings {
  disable?: readonly string[];
  params?: Record<string, Record<string, unknown>>;
  severity?: Record<string, Severity>;
}

/**
 * The effective parameters of a rule under the given settings. Values are passed as written: one of the
 * wrong type or out of range is refused on the command line (src/cli/params.ts) and reported at its
 * position in plan.yaml (PAC-CFG-001, param-schema.ts), so a typo never turns a rule off silently.
 */
export function effectiveParams(rule: AnyRule, settings: RuleSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries((rule.params ?? {}) as Record<string, ParamSpec>)) out[k] = spec.default;
  return { ...out, ...(settings.params?.[rule.code] ?? {}) };
}

/** Merges the settings found in plan.yaml with the run's own (the run wins). */
export function mergeSettings(manifest: PlanFile | undefined, run: RuleSettings = {}): RuleSettings {
  const fromPlan = (manifest?.rules ?? {}) as RuleSettings;
  const params: Record<string, Record<string, unknown>> = { ...(fromPlan.params ?? {}) };
  for (const [code, p] of Object.entries(run.params ?? {})) params[code] = { ...(params[code] ?? {}), ...p };
  return {
    disable: [...(fromPlan.disable ?? []), ...(run.disable ?? [])],
    params,
    severity: { ...(fromPlan.severity ?? {}), ...(run.severity ?? {}) },
  };
}

function render(rule: AnyRule, args: MessageArgs, lang: Lang): string {
  const formatted: MessageArgs = {};
  for (const [k, v] of Object.entries(args)) formatted[k] = typeof v === 'number' ? formatNumber(v, lang) : v;
  const text = rule.message[lang](formatted);
  return rule.unverified ? `${text} ${t('rule.unverified', lang)}` : text;
}

const show = (v: string | number | undefined, lang: Lang): string | undefined =>
  v === undefined ? undefined : typeof v === 'number' ? formatNumber(v, lang) : v;

/** Runs every applicable rule. A rule that throws becomes an internal-error diagnostic, not a crash. */
export function runRules(plan: Plan, rules: readonly AnyRule[], settings: RuleSettings, lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  const disabled = new Set(settings.disable ?? []);
  for (const rule of rules) {
    if (disabled.has(rule.code)) continue;
    if (rule.needs.some((k) => !plan.present.has(k) || plan.invalid.has(k))) continue;
    const severity = settings.severity?.[rule.code] ?? rule.severity;
    const params = effectiveParams(rule, settings);
    try {
      rule.check(plan, {
        params,
        report(at, args = {}, detail = {}) {
          out.push({
            file: at.doc.file,
            code: rule.code,
            severity,
            message: render(rule, args, lang),
            path: at.path,
            expected: show(detail.expected, lang),
            found: show(detail.found, lang),
            basis: rule.basis,
          });
        },
      });
    } catch (err) {
      out.push({
        file: plan.root,
        code: 'PAC-INT-999',
        severity: 'error',
        message: t('rule.crashed', lang, { code: rule.code, error: String((err as Error)?.message ?? err) }),
        path: [],
      });
    }
  }
  return out;
}
