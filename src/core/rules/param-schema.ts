// The schema of rule settings: each parameter's type (that of its default) and range, and the
// problems of a set of settings (unknown codes, unknown parameter names, values of the wrong kind).
import type { Lang } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import { formatNumber } from '../../i18n/format.js';
import { tset } from '../../i18n/rule-settings.js';
import type { ParamSpec, AnyRule } from './rule.js';

/** True when `value` has the parameter's type and lies in its range. */
export function paramValueOk(spec: ParamSpec, value: unknown): boolean {
  const d = spec.default;
  if (Array.isArray(d)) {
    // A list may also be written as one value, or as one text of comma-separated values ("2,5,10").
    const elem = d.length ? typeof d[0] : undefined;
    const items: unknown[] = Array.isArray(value)
      ? value
      : typeof value === 'string' && elem === 'number'
        ? value.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)))
        : typeof value === 'string'
          ? value.split(',').map((x) => x.trim())
          : [value];
    return items.length > 0 && items.every((v) => (elem ? typeof v === elem : typeof v === 'number' || typeof v === 'string') && scalarOk(spec, v));
  }
  if (typeof value !== typeof d) return false;
  return scalarOk(spec, value);
}

function scalarOk(spec: ParamSpec, v: unknown): boolean {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return false;
    if (spec.integer && !Number.isInteger(v)) return false;
    if (spec.min !== undefined && v < spec.min) return false;
    if (spec.max !== undefined && v > spec.max) return false;
  }
  if (typeof v === 'string' && spec.values && !spec.values.includes(v)) return false;
  return true;
}

/** What a parameter accepts, in words: "a number ≥ 0", "an integer from 1 to 12", "votes_cast | members_in_office". */
export function describeParam(spec: ParamSpec, lang: Lang): string {
  const d = spec.default;
  const sample = Array.isArray(d) ? d[0] : d;
  const kind = typeof sample === 'number' ? (spec.integer ? 'integer' : 'number') : typeof sample === 'boolean' ? 'boolean' : 'string';
  if (kind === 'string' && spec.values) return spec.values.join(' | ');
  let text = tset(`param.type.${kind}`, lang);
  const n = (x: number) => formatNumber(x, lang);
  if (spec.min !== undefined && spec.max !== undefined) text += ' ' + tset('param.range', lang, { min: n(spec.min), max: n(spec.max) });
  else if (spec.min !== undefined) text += ` ≥ ${n(spec.min)}`;
  else if (spec.max !== undefined) text += ` ≤ ${n(spec.max)}`;
  return Array.isArray(d) ? tset('param.listOf', lang, { item: text }) : text;
}

/** One problem in a set of rule settings, with where it is under `rules` in plan.yaml. */
export interface SettingsProblem {
  kind: 'unknownCode' | 'unknownParam' | 'badValue';
  /** Data path under plan.yaml `rules` (e.g. ['params', 'PAC-FIN-002', 'tolerance_mad']). */
  at: (string | number)[];
  code: string;
  name?: string;
  value?: unknown;
  guess?: string;
  expected?: string;
}

/** The raw settings as plan.yaml or the command line give them. */
export interface RawSettings {
  disable?: readonly unknown[];
  params?: Record<string, unknown>;
  severity?: Record<string, unknown>;
}

/** Every unknown code, unknown parameter and ill-typed value in `settings`, in file order. */
export function settingsProblems(settings: RawSettings, rules: readonly AnyRule[], lang: Lang): SettingsProblem[] {
  const byCode = new Map(rules.map((r) => [r.code, r]));
  const codes = [...byCode.keys()];
  const out: SettingsProblem[] = [];
  const unknownCode = (code: string, at: (string | number)[]) => out.push({ kind: 'unknownCode', at, code, guess: suggest(code, codes) });
  (settings.disable ?? []).forEach((code, i) => {
    if (typeof code === 'string' && !byCode.has(code)) unknownCode(code, ['disable', i]);
  });
  for (const code of Object.keys(settings.severity ?? {})) if (!byCode.has(code)) unknownCode(code, ['severity', code]);
  for (const [code, values] of Object.entries(settings.params ?? {})) {
    const rule = byCode.get(code);
    if (!rule) {
      unknownCode(code, ['params', code]);
      continue;
    }
    const specs: Record<string, ParamSpec> = rule.params ?? {};
    const names = Object.keys(specs);
    for (const [name, value] of Object.entries((values ?? {}) as Record<string, unknown>)) {
      const spec = specs[name];
      if (!spec)
        out.push({ kind: 'unknownParam', at: ['params', code, name], code, name, value, guess: suggest(name, names), expected: names.join(', ') || '—' });
      else if (!paramValueOk(spec, value)) out.push({ kind: 'badValue', at: ['params', code, name], code, name, value, expected: describeParam(spec, lang) });
    }
  }
  return out;
}

/** The problem in words, in the user's language (with a did-you-mean when a close name exists). */
export function settingsProblemText(p: SettingsProblem, lang: Lang): string {
  const guess = p.guess ? ' ' + tset('param.didYouMean', lang, { name: p.guess }) : '';
  switch (p.kind) {
    case 'unknownCode':
      return tset('param.unknownCode', lang, { code: p.code }) + guess;
    case 'unknownParam':
      return tset('param.unknownName', lang, { code: p.code, name: p.name!, names: p.expected! }) + guess;
    case 'badValue':
      return tset('param.badValue', lang, { code: p.code, name: p.name!, value: showValue(p.value), expected: p.expected! });
  }
}

/** A value as the user wrote it (strings quoted). */
export const showValue = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v)));
