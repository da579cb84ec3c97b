// `plan validate [paths…]`: checks workspaces, files and globs; reports for people and for CI.
import { Option, type Command } from 'commander';
import path from 'node:path';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { useColor } from '../io.js';
import { resolveLang } from '../../i18n/catalog.js';
import { atLeast, type Severity } from '../../core/diagnostics/diagnostic.js';
import { findWorkspace, resolveTargets } from '../../io/targets.js';
import { t } from '../../i18n/messages.js';
import { validateTargets, workspaceLang } from '../../io/validate-run.js';
import { RULES } from '../../core/rules/registry.js';
import { BUILTIN_CODES } from '../../core/diagnostics/builtin-codes.js';
import { REPORTERS, FORMATS } from '../../reporters/index.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { IO_CODE } from '../../io/load-workspace.js';
import { workspaceFileAt } from '../../io/output-guard.js';
import { tio } from '../../i18n/io.js';
import { VERSION } from '../version.js';
import { ruleSettingsFromFlags } from '../params.js';
import type { Report, RuleMeta } from '../../reporters/report.js';
import { basisText } from '../../i18n/basis.js';
import { ts } from '../../i18n/status.js';
import { isIsoDay } from '../../core/rules/adoption/dates.js';
import { displayFrom } from '../../io/display-path.js';
import { collect } from '../repeatable.js';

interface ValidateFlags {
  format: keyof typeof REPORTERS;
  lang?: string;
  failOn: Severity;
  quiet?: boolean;
  output?: string;
  force?: boolean;
  disable: string[];
  param: string[];
  maxFileSize?: string;
  allowOutside: string[];
  today?: string;
}

/** Adds `plan validate` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .description('check plan workspaces, files or globs against the schemas and the rules / vérifier le plan')
    .argument('[paths...]', 'workspaces, plan files or globs (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('pretty'))
    .addOption(new Option('-l, --lang <lang>', 'language of the messages (default: plan.yaml lang, then LANG)').choices(['ar', 'fr', 'en']))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a diagnostic is at least this serious').choices(['error', 'warning']).default('error'))
    .option('-q, --quiet', 'show only diagnostics at or above --fail-on')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--force', 'overwrite the --output file if it exists')
    .option('--disable <code>', 'turn a rule off (repeatable)', collect, [])
    .option('--param <CODE.name=value>', 'set a rule parameter, over plan.yaml (repeatable)', collect, [])
    .option('--max-file-size <bytes>', 'largest plan file accepted (default 5 MiB)')
    .option('--allow-outside <dir>', 'let workspace files be symbolic links into this folder outside the workspace (repeatable)', collect, [])
    .option('--today <date>', 'judge recorded facts and deadlines on this date (YYYY-MM-DD) instead of today')
    .addHelpText(
      'after',
      `
Examples:
  plan validate examples/oulmes
  plan validate communes/* --format sarif --output plan.sarif
  plan validate 'communes/**/projects/*.yaml' --format github --fail-on warning
  plan validate . --lang ar --param PAC-GEN-004.min_women_share=0.4

Exit codes: 0 clean; 1 diagnostics at or above --fail-on; 2 usage or I/O error (a file that cannot be read).`,
    )
    .action(async (paths: string[], flags: ValidateFlags) => ctx.exit(await run(paths, flags, ctx)));
}

async function run(paths: string[], flags: ValidateFlags, { io }: CommandContext): Promise<number> {
  // No argument: the workspace that holds the current folder, as git finds its repository; never a scan of whatever lies around.
  const here = paths.length ? undefined : await findWorkspace(io.cwd);
  if (!paths.length && !here) throw new UsageError(t('cli.noWorkspaceHere', resolveLang(flags.lang, undefined, io.env), { dir: io.cwd }));
  const inputs = here ? [here] : paths;
  const targets = await resolveTargets(inputs, io.cwd);
  const firstWs = targets.find((t) => t.type === 'workspace');
  const lang = resolveLang(flags.lang, firstWs?.type === 'workspace' ? workspaceLang(firstWs.dir) : undefined, io.env);
  const settings = ruleSettingsFromFlags(flags.disable, flags.param, RULES, lang);
  const maxBytes = flags.maxFileSize === undefined ? undefined : Number(flags.maxFileSize);
  if (maxBytes !== undefined && !(maxBytes > 0)) throw new UsageError(`--max-file-size ${flags.maxFileSize}`);
  const display = displayFrom(io.cwd);
  // A report written over a plan file would destroy what it reports on: refused before anything is read.
  const output = flags.output === undefined ? undefined : path.resolve(io.cwd, flags.output);
  if (output) {
    const roots = targets.flatMap((t) => (t.type === 'workspace' ? [t.dir] : t.type === 'file' || t.type === 'unknown' ? [t.abs] : []));
    const hit = await workspaceFileAt(output, roots);
    if (hit) throw new UsageError(tio('write.intoWorkspace', lang, { file: display(hit) }), lang);
  }
  if (flags.today !== undefined && !isIsoDay(flags.today)) throw new UsageError(ts('s.badToday', lang), lang);
  const allowOutside = flags.allowOutside.map((d) => path.resolve(io.cwd, d));
  const result = await validateTargets(targets, { lang, display, maxBytes, allowOutside, settings, ...(flags.today ? { today: flags.today } : {}) });
  const shown = flags.quiet ? result.diagnostics.filter((d) => atLeast(d.severity, flags.failOn)) : result.diagnostics;
  const report: Report = {
    tool: { name: 'plan', version: VERSION },
    lang,
    diagnostics: shown,
    files: result.files,
    workspaces: result.workspaces,
    sources: result.sources,
    rules: ruleMeta(lang),
    failOn: flags.failOn,
    color: !flags.output && useColor(io),
  };
  const text = REPORTERS[flags.format](report);
  if (output) await writeFileAtomic(output, text, { overwrite: !!flags.force });
  else if (text) io.stdout.write(text.endsWith('\n') ? text : text + '\n');
  // A file that could not be read (permissions, a FIFO, a link loop) is an I/O error: exit 2.
  if (result.diagnostics.some((d) => d.code === IO_CODE)) return EXIT.usage;
  return result.diagnostics.some((d) => atLeast(d.severity, flags.failOn)) ? EXIT.findings : EXIT.ok;
}

function ruleMeta(lang: 'ar' | 'fr' | 'en'): RuleMeta[] {
  return [
    ...BUILTIN_CODES.map((c) => ({ code: c.code, title: c.title[lang], severity: c.severity, basis: 'plan', unverified: false })),
    ...RULES.map((r) => ({ code: r.code, title: r.title[lang], severity: r.severity, basis: basisText(r.basis, lang), unverified: !!r.unverified })),
  ];
}
