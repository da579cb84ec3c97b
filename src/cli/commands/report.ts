// `plan report [workspaces…] --year N`: the annual execution report for the council (تقرير حول تنفيذ برنامج
// عمل الجماعة / Rapport d'exécution), bilingual like the plan, as self-contained HTML or as PDF.
import { Option, type Command } from 'commander';
import path from 'node:path';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { resolveLang } from '../../i18n/catalog.js';
import { trep } from '../../i18n/report.js';
import { ts } from '../../i18n/status.js';
import type { Lang } from '../../core/diagnostics/diagnostic.js';
import type { DocMode } from '../../core/render/view-model.js';
import { isIsoDay } from '../../core/rules/adoption/dates.js';
import { displayFrom } from '../../io/display-path.js';
import { batchWorkspaces, outTarget, parseConcurrency, printDocumentResult, refuseSameNames, runBatch } from '../batch.js';
import { VERSION } from '../version.js';

interface ReportFlags {
  year: string;
  lang?: DocMode;
  format: 'pdf' | 'html';
  out?: string;
  draft?: boolean;
  browser?: string;
  force?: boolean;
  today?: string;
  allowOutside: string[];
  concurrency: string;
  quiet?: boolean;
}

/** Adds `plan report` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('report')
    .description('annual execution report for the council, as HTML or PDF / rapport d’exécution annuel / تقرير التنفيذ السنوي')
    .argument('[workspaces...]', 'plan workspaces (default: the current folder)')
    .requiredOption('-y, --year <year>', 'year of the report: followup/<year>.yaml must exist')
    .addOption(new Option('-l, --lang <lang>', 'document language (default: plan.yaml languages; ar and fr give ar+fr)').choices(['ar', 'fr', 'ar+fr']))
    .addOption(new Option('-f, --format <format>', 'output format; html needs no browser').choices(['pdf', 'html']).default('html'))
    .option('-o, --out <path>', 'output file (one workspace) or folder (default: the current folder)')
    .option('--draft', 'print even with validation errors; every page is stamped «مشروع / Projet»')
    .option('--browser <path>', 'Chrome or Chromium executable (else PLAN_BROWSER, puppeteer, system installs)')
    .option('--force', 'overwrite existing output files')
    .option('--today <date>', 'judge the plan on this date (YYYY-MM-DD) instead of today')
    .option('-j, --concurrency <n>', 'reports printed at once in a batch, with one browser (1-16)', '2')
    .option('-q, --quiet', 'no progress bar and no line per report written; failures are still shown')
    .option('--allow-outside <dir>', 'let the workspace lead (by symbolic links) into this folder (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .addHelpText(
      'after',
      `
Examples:
  plan report examples/oulmes --year 2023
  plan report examples/oulmes --year 2023 --lang fr --format pdf --out rapport-2023.pdf

Exit codes: 0 every report written; 1 a plan with errors refused (see --draft) or a document failed;
2 usage, missing browser, a plan not adopted, no follow-up for the year, or an output file that exists.`,
    )
    .action(async (dirs: string[], flags: ReportFlags) => ctx.exit(await run(dirs, flags, ctx)));
}

async function run(dirs: string[], flags: ReportFlags, { io }: CommandContext): Promise<number> {
  const uiLang: Lang = resolveLang(undefined, undefined, io.env);
  if (!/^\d{4}$/.test(flags.year)) throw new UsageError(trep('rep.cli.badYear', uiLang, { value: flags.year }), uiLang);
  if (flags.today !== undefined && !isIsoDay(flags.today)) throw new UsageError(ts('s.badToday', uiLang), uiLang);
  const workspaces = await batchWorkspaces(dirs, io, uiLang);
  const concurrency = parseConcurrency(flags.concurrency, uiLang);
  const out = outTarget(flags.out, workspaces.length, flags.format, io.cwd, uiLang);
  // Reports are named after their folder: a/oulmes and b/oulmes would write one file twice.
  if (out.kind === 'dir') refuseSameNames(workspaces, io, uiLang);
  const [{ compileReport }, { fontFaceCss, digitsFont, fontFiles }, doc, { buildDate }, { localToday }] = await Promise.all([
    import('../../core/report/render-report.js'),
    import('../../io/browser/fonts.js'),
    import('../../io/report-document.js'),
    import('../../io/browser/render-document.js'),
    import('../../io/check-workspace.js'),
  ]);
  const files = fontFiles();
  const setup = {
    year: Number(flags.year),
    mode: flags.lang,
    format: flags.format,
    draft: !!flags.draft,
    force: !!flags.force,
    uiLang,
    today: flags.today ?? localToday(),
    render: compileReport(doc.loadReportTemplates()),
    fontCss: fontFaceCss(files),
    digitsFontFile: digitsFont(files).file,
    date: buildDate(io.env),
    generator: `plan ${VERSION}`,
    out,
    display: displayFrom(io.cwd),
    allowOutside: flags.allowOutside.map((d) => path.resolve(io.cwd, d)),
  };
  // One browser for every workspace, a progress bar on a terminal (src/cli/batch.ts).
  const { results, code } = await runBatch({
    io,
    lang: uiLang,
    label: 'plan report',
    workspaces,
    concurrency,
    browser: flags.format === 'pdf' ? { flag: flags.browser } : undefined,
    quiet: flags.quiet,
    item: async (dir, ctx) => {
      const r = await doc.reportDocument(dir, setup, ctx.browser);
      // A plan not adopted, or no follow-up for the year: the command line asks for what is not there.
      if (!r.ok && r.reason === 'cannot') throw new UsageError(r.message, uiLang);
      return r;
    },
    failed: (r) => !r.ok,
    report: (r) => printDocumentResult(r, io, uiLang, !!flags.quiet),
  });
  const only = results.length === 1 ? results[0]!.value : undefined;
  // One report that would replace a file: the command line lacks --force (a usage error).
  return only && !only.ok && only.reason === 'exists' ? EXIT.usage : code;
}
