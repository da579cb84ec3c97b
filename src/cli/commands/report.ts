// `plan report [workspaces…] --year N`: the annual execution report for the council (تقرير حول تنفيذ برنامج
// عمل الجماعة / Rapport d'exécution), bilingual like the plan, as self-contained HTML or as PDF.
import { Option, type Command } from 'commander';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { resolveLang } from '../../i18n/catalog.js';
import { tr } from '../../i18n/render.js';
import { trep } from '../../i18n/report.js';
import { ts } from '../../i18n/status.js';
import type { Lang } from '../../core/diagnostics/diagnostic.js';
import type { DocMode } from '../../core/render/view-model.js';
import { isIsoDay } from '../../core/rules/adoption/dates.js';
import { findWorkspace } from '../../io/targets.js';
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
  const workspaces = dirs.length ? dirs.map((d) => path.resolve(io.cwd, d)) : [(await findWorkspace(io.cwd)) ?? io.cwd];
  for (const w of workspaces) if (!isFile(path.join(w, 'plan.yaml'))) throw new UsageError(tr('cli.notWorkspace', uiLang, { dir: w }));
  const [{ compileReport }, { fontFaceCss, digitsFont, fontFiles }, doc, { buildDate }, { localToday }] = await Promise.all([
    import('../../core/report/render-report.js'),
    import('../../io/browser/fonts.js'),
    import('../../io/report-document.js'),
    import('../../io/browser/render-document.js'),
    import('../../io/check-workspace.js'),
  ]);
  const files = fontFiles();
  const display = (abs: string) => {
    const rel = path.relative(io.cwd, abs);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
  };
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
    out: outTarget(flags.out, workspaces.length, flags.format, io.cwd, uiLang),
    display,
    allowOutside: flags.allowOutside.map((d) => path.resolve(io.cwd, d)),
  };
  const browser = flags.format === 'pdf' ? await browserStarter(flags.browser, io.env, uiLang) : undefined;
  let code: number = EXIT.ok;
  try {
    // One workspace after another, one browser for all of them (started when the first PDF needs it).
    for (const dir of workspaces) {
      const r = await doc.reportDocument(dir, setup, browser?.get ?? (() => Promise.reject(new Error('no browser'))));
      code = Math.max(code, report(r, io, uiLang));
    }
  } finally {
    await browser?.close();
  }
  return code;
}

type Result = Awaited<ReturnType<typeof import('../../io/report-document.js').reportDocument>>;

/** Prints one result and returns its exit code. */
function report(r: Result, io: CommandContext['io'], lang: Lang): number {
  if (r.ok) {
    const line =
      r.pages === null
        ? tr('cli.writtenHtml', lang, { dir: r.dir, file: r.file })
        : tr('cli.written', lang, { dir: r.dir, file: r.file, pages: r.pages, seconds: (r.ms / 1000).toFixed(1) });
    io.stdout.write(line + '\n');
    return EXIT.ok;
  }
  if (r.reason === 'refused') {
    io.stderr.write(tr('cli.refused', lang, { dir: r.dir, count: r.diagnostics.length }) + '\n');
    for (const d of r.diagnostics.slice(0, 20)) io.stderr.write(`  ${d.file}:${d.line ?? 1}:${d.col ?? 1} ${d.code} ${d.message}\n`);
    if (r.diagnostics.length > 20) io.stderr.write(`  … +${r.diagnostics.length - 20}\n`);
    return EXIT.findings;
  }
  if (r.reason === 'cannot') {
    io.stderr.write(r.message + '\n');
    return EXIT.usage;
  }
  if (r.reason === 'exists') {
    io.stderr.write(tr('cli.failed', lang, { dir: r.dir, detail: tr('cli.exists', lang, { file: r.message }) }) + '\n');
    return EXIT.usage;
  }
  io.stderr.write(tr('cli.failed', lang, { dir: r.dir, detail: r.message }) + '\n');
  return EXIT.findings;
}

/** Finds the browser now (a missing one is a usage error before any work) and launches it on first use. */
async function browserStarter(flag: string | undefined, env: NodeJS.ProcessEnv, lang: Lang) {
  const puppeteer = await import('puppeteer-core');
  const { findBrowser, BrowserNotFoundError } = await import('../../io/browser/find-browser.js');
  const { launchBrowser } = await import('../../io/browser/launch-browser.js');
  let choice;
  try {
    choice = findBrowser({ flag, env });
  } catch (err) {
    if (err instanceof BrowserNotFoundError) throw new UsageError(`${err.message}\n${tr('cli.noBrowser', lang)}`);
    throw err;
  }
  if (!choice) throw new UsageError(tr('cli.noBrowser', lang));
  const chosen = choice.path;
  let started: Promise<Browser> | undefined;
  return {
    get: () =>
      (started ??= launchBrowser(puppeteer, chosen, env).catch((err: unknown) => {
        throw new Error(tr('cli.launchFailed', lang, { path: chosen, detail: (err instanceof Error ? err.message : String(err)).split('\n')[0]! }));
      })),
    close: async () => {
      if (started) await started.then((b) => b.close()).catch(() => {});
    },
  };
}

// --out: a file for one workspace (when it names a .pdf/.html file or an existing non-folder), else a folder.
function outTarget(out: string | undefined, count: number, format: string, cwd: string, lang: Lang): { kind: 'file' | 'dir'; path: string } {
  if (!out) return { kind: 'dir', path: cwd };
  const abs = path.resolve(cwd, out);
  const looksLikeFile = !isDir(abs) && (new RegExp(`\\.${format}$`, 'i').test(out) || exists(abs));
  if (looksLikeFile && count > 1) throw new UsageError(tr('cli.outFile', lang));
  return { kind: looksLikeFile ? 'file' : 'dir', path: abs };
}

const stat = (p: string) => {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
};
const isFile = (p: string) => !!stat(p)?.isFile();
const isDir = (p: string) => !!stat(p)?.isDirectory();
const exists = (p: string) => !!stat(p);
