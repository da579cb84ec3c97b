// `plan export [workspace]`: the plan's data as open data (CSV, XLSX, JSON, each with its data
// dictionary), for a commune's portal (law 31-13) or a ministry's database.
import { Option, type Command } from 'commander';
import path from 'node:path';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { lookup, resolveLang } from '../../i18n/catalog.js';
import { exportMessages, tx } from '../../i18n/export.js';
import { workspaceLang } from '../../io/validate-run.js';
import { isWorkspace } from '../../io/load-workspace.js';
import type { Lang } from '../../core/diagnostics/diagnostic.js';
import { displayFrom } from '../../io/display-path.js';

interface ExportFlags {
  format?: 'csv' | 'xlsx' | 'json';
  out?: string;
  force?: boolean;
  lang?: Lang;
}

/** Adds `plan export` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description('the plan as open data: CSV, XLSX and JSON with a data dictionary / données ouvertes / البيانات المفتوحة')
    .argument('[workspace]', 'plan workspace (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'only this format (default: all three)').choices(['csv', 'xlsx', 'json']))
    .option('-o, --out <dir>', 'folder to write into (default: <workspace>/open-data)')
    .option('--force', 'replace files that exist')
    .addOption(new Option('-l, --lang <lang>', 'language of the messages (default: plan.yaml lang, then LANG)').choices(['ar', 'fr', 'en']))
    .addHelpText(
      'after',
      `
Files: projects.csv, financing.csv, indicators.csv, indicator_targets.csv, followup.csv,
       followup_money.csv, indicator_values.csv, dictionary.csv,
       plan.xlsx (one sheet per table, Arabic and French headers, and the dictionary), plan.json.
Examples:
  plan export examples/oulmes --out oulmes-data
  plan export . --format xlsx --force
Exit codes: 0 written; 2 not a workspace, an invalid file, a file that exists without --force.`,
    )
    .action(async (ws: string | undefined, flags: ExportFlags) => ctx.exit(await run(ws, flags, ctx)));
}

async function run(ws: string | undefined, flags: ExportFlags, { io }: CommandContext): Promise<number> {
  const dir = path.resolve(io.cwd, ws ?? '.');
  const lang = resolveLang(flags.lang, workspaceLang(dir), io.env);
  if (!(await isWorkspace(dir))) throw new UsageError(tx('x.noWorkspace', lang, { dir: ws ?? '.' }), lang);
  const [{ loadWorkspace }, { exportTables }, { exportFiles, writeExport, EXPORT_FORMATS }] = await Promise.all([
    import('../../io/load-workspace.js'),
    import('../../core/export/tables.js'),
    import('../../io/export-files.js'),
  ]);
  const display = displayFrom(io.cwd);
  const ws2 = await loadWorkspace(dir, { lang, display });
  // A file that failed its schema is missing from the plan: exporting without it would publish wrong totals.
  const invalid = [...ws2.plan.invalid];
  if (invalid.length) throw new UsageError(tx('x.invalid', lang, { n: invalid.length, kinds: invalid.join(', ') }), lang);
  const data = exportTables(ws2.plan);
  const files = await exportFiles(data, flags.format ? [flags.format] : EXPORT_FORMATS, (k, l) => lookup(exportMessages, k, l));
  const out = path.resolve(io.cwd, flags.out ?? path.join(dir, 'open-data'));
  const written = await writeExport(out, files, !!flags.force);
  for (const f of written) io.stdout.write(tx('x.wrote', lang, { file: display(f) }) + '\n');
  const nf = new Intl.NumberFormat(lang === 'ar' ? 'ar-MA-u-nu-latn' : lang === 'fr' ? 'fr-MA' : 'en');
  const financing = data.tables.find((t) => t.name === 'financing')!;
  io.stdout.write(tx('x.total', lang, { total: nf.format(data.programme.total), n: financing.rows.length }) + '\n');
  return EXIT.ok;
}
