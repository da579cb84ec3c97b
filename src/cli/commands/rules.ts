// `plan rules`: lists every check with its code, severity, phase, basis and parameters.
import { Option, type Command } from 'commander';
import type { CommandContext } from '../main.js';
import { resolveLang } from '../../i18n/catalog.js';
import { RULES } from '../../core/rules/registry.js';
import { BUILTIN_CODES } from '../../core/diagnostics/builtin-codes.js';
import type { Lang } from '../../core/diagnostics/diagnostic.js';
import { basisAll, basisText } from '../../i18n/basis.js';
import { ts } from '../../i18n/status.js';

/** Adds `plan rules` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('rules')
    .description('list the validation rules, their legal basis and parameters / lister les règles')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('-l, --lang <lang>', 'language').choices(['ar', 'fr', 'en']))
    .action((flags: { format: 'table' | 'json'; lang?: string }) => {
      const lang = resolveLang(flags.lang, undefined, ctx.io.env);
      ctx.io.stdout.write(flags.format === 'json' ? rulesJson(lang) : rulesTable(lang));
    });
}

/** Every rule and built-in check as JSON (all three languages, parameters with defaults). */
export function rulesJson(lang: Lang): string {
  const rules = RULES.map((r) => ({
    code: r.code,
    title: r.title,
    severity: r.severity,
    phase: r.phase,
    basis: r.basis,
    /** The basis in the administration's wording, in each language. */
    basis_text: basisAll(r.basis),
    unverified: !!r.unverified,
    needs: r.needs,
    params: Object.fromEntries(Object.entries(r.params ?? {}).map(([k, p]) => [k, { default: p.default, description: p.description }])),
  }));
  const builtin = BUILTIN_CODES.map((c) => ({ code: c.code, title: c.title, severity: c.severity }));
  return JSON.stringify({ lang, rules, builtin }, null, 2) + '\n';
}

/** A plain-text table, one rule per line, parameters below it. */
export function rulesTable(lang: Lang): string {
  const rows = [
    ...BUILTIN_CODES.map((c) => [c.code, c.severity, '-', '', c.title[lang], ''] as string[]),
    ...RULES.map((r) => [
      r.code,
      r.severity,
      String(r.phase),
      basisText(r.basis, lang) + (r.unverified ? ` (${ts('s.unverified', lang)})` : ''),
      r.title[lang],
      Object.entries(r.params ?? {})
        .map(([k, p]) => `${k}=${JSON.stringify(p.default)}`)
        .join(' '),
    ]),
  ];
  const head = ['code', 'severity', 'phase', 'basis', 'title', 'params'];
  const widths = head.slice(0, 4).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .slice(0, 4)
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ') +
    '  ' +
    r[4] +
    (r[5] ? `  [${r[5]}]` : '');
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}
