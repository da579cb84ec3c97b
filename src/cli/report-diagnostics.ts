// Prints diagnostics of any command through the reporters of `plan validate`, so that every command
// speaks with one voice: the same words, positions, code frames and JSON shape.
import type { Diagnostic, Lang } from '../core/diagnostics/diagnostic.js';
import { RULES } from '../core/rules/registry.js';
import { BUILTIN_CODES } from '../core/diagnostics/builtin-codes.js';
import type { Report, RuleMeta } from '../reporters/report.js';
import { REPORTERS, type Format } from '../reporters/index.js';
import { VERSION } from './version.js';

/** Metadata of every code that may appear, in `lang`. */
export function ruleMeta(lang: Lang): RuleMeta[] {
  return [
    ...BUILTIN_CODES.map((c) => ({ code: c.code, title: c.title[lang], severity: c.severity, basis: 'plan', unverified: false })),
    ...RULES.map((r) => ({ code: r.code, title: r.title[lang], severity: r.severity, basis: r.basis, unverified: !!r.unverified })),
  ];
}

/** The report text of `diagnostics` (positions already resolved) in one of the validate formats. */
export function diagnosticsReport(
  diagnostics: Diagnostic[],
  opts: { lang: Lang; format?: Format; sources?: Map<string, string> | Record<string, string>; color?: boolean; files?: string[] },
): string {
  const sources = opts.sources instanceof Map ? Object.fromEntries(opts.sources) : (opts.sources ?? {});
  const report: Report = {
    tool: { name: 'plan', version: VERSION },
    lang: opts.lang,
    diagnostics,
    files: opts.files ?? [...new Set(diagnostics.map((d) => d.file))],
    workspaces: [],
    sources,
    rules: ruleMeta(opts.lang),
    failOn: 'error',
    color: !!opts.color,
  };
  const text = REPORTERS[opts.format ?? 'pretty'](report);
  return text.endsWith('\n') || !text ? text : text + '\n';
}
