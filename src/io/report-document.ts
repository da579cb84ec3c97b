// One workspace → its annual execution report (plan report --year N): check the plan (refuse one with
// errors unless a draft is asked for), refuse a plan not adopted or a year without follow-up, build the
// view model and the HTML, and when asked print the PDF; write atomically, never over an existing file
// unless forced. The PDF goes through the same printer as the plan (print-pdf.ts, finish-pdf.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { Diagnostic, Lang } from '../core/diagnostics/diagnostic.js';
import { buildReport, reportRefusal, type Refusal } from '../core/report/build-report.js';
import type { ReportModel } from '../core/report/report-model.js';
import type { ReportTemplateSet } from '../core/report/render-report.js';
import type { PageExtras } from '../core/render/render-html.js';
import type { DocMode } from '../core/render/view-model.js';
import { mergeSettings } from '../core/rules/engine.js';
import { planVoteOutcome } from '../core/status/build-calendar.js';
import { reportStrings, trep } from '../i18n/report.js';
import { tio } from '../i18n/io.js';
import { FileExistsError, WriteError, writeFileAtomic } from './atomic-write.js';
import { AssetError, findLogo } from './browser/assets.js';
import { finishPdf } from './browser/finish-pdf.js';
import { builtinTemplatesDir } from './browser/package-root.js';
import { printPdf } from './browser/print-pdf.js';
import { planMode, wouldReplace, type RenderSetup } from './browser/render-document.js';
import { sandboxHtml } from './browser/sandbox.js';
import { checkWorkspace } from './check-workspace.js';
import { workspaceFileAt } from './output-guard.js';

/** The report's templates: templates/report/layout.hbs and partials, the plan's print.css with report.css. */
export function loadReportTemplates(): ReportTemplateSet {
  const base = builtinTemplatesDir();
  const dir = path.join(base, 'report');
  const partials: Record<string, string> = {};
  for (const f of readdirSync(path.join(dir, 'partials')).sort())
    if (f.endsWith('.hbs')) partials[f.slice(0, -4)] = readFileSync(path.join(dir, 'partials', f), 'utf8');
  return {
    layout: readFileSync(path.join(dir, 'layout.hbs'), 'utf8'),
    partials,
    css: `${readFileSync(path.join(base, 'print.css'), 'utf8')}\n${readFileSync(path.join(dir, 'report.css'), 'utf8')}`,
    strings: reportStrings,
  };
}

/** What every report of a run shares: what a plan document's run shares (but its browser and template), the year and the day. */
export interface ReportSetup extends Omit<RenderSetup, 'render' | 'browser'> {
  year: number;
  /** The day the plan is judged on (YYYY-MM-DD). */
  today: string;
  render: (model: ReportModel, extras: PageExtras) => string;
}

/** The outcome for one workspace. `refused`: errors in the plan; `cannot`: not adopted, or no follow-up for the year. */
export type ReportResult =
  | { ok: true; dir: string; file: string; pages: number | null; ms: number; model: ReportModel }
  | { ok: false; dir: string; reason: 'refused' | 'cannot' | 'exists' | 'error'; message: string; diagnostics: Diagnostic[] };

/** The output file: `<folder>.report-<year>.<ar|fr|ar-fr>.<pdf|html>` in the output folder, or --out. */
export function reportFile(dir: string, mode: DocMode, setup: Pick<ReportSetup, 'out' | 'format' | 'year'>): string {
  if (setup.out.kind === 'file') return setup.out.path;
  return path.join(setup.out.path, `${path.basename(path.resolve(dir))}.report-${setup.year}.${mode.replace('+', '-')}.${setup.format}`);
}

/** The refusal said in the user's words. */
export function refusalText(r: Refusal, dir: string, year: number, lang: Lang): string {
  if (r.reason === 'not_adopted') return trep('rep.cli.notAdopted', lang, { dir });
  const known = r.known.length ? trep('rep.cli.known', lang, { years: r.known.join(', ') }) : '';
  return trep('rep.cli.noFollowup', lang, { dir, year, known });
}

/** Prints one workspace's report. Never throws for a problem of the plan or of the file system: it is a result. */
export async function reportDocument(dir: string, setup: ReportSetup, browser: () => Promise<Browser>): Promise<ReportResult> {
  const t0 = performance.now();
  const shown = setup.display(dir);
  try {
    const checked = await checkWorkspace(dir, { lang: setup.uiLang, display: setup.display, allowOutside: setup.allowOutside, today: setup.today });
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length && !setup.draft) return { ok: false, dir: shown, reason: 'refused', message: '', diagnostics: errors };
    const plan = checked.plan;
    const adopted = planVoteOutcome(plan, mergeSettings(plan.manifest?.data)) === 'adopted';
    const refusal = reportRefusal(plan, setup.year, adopted);
    if (refusal) return { ok: false, dir: shown, reason: 'cannot', message: refusalText(refusal, shown, setup.year, setup.uiLang), diagnostics: [] };
    const mode = setup.mode ?? planMode(plan);
    const file = reportFile(dir, mode, setup);
    if (await workspaceFileAt(file, [dir]))
      return { ok: false, dir: shown, reason: 'error', message: tio('write.intoWorkspace', setup.uiLang, { file: setup.display(file) }), diagnostics: [] };
    if (!setup.force && (await wouldReplace(file))) return { ok: false, dir: shown, reason: 'exists', message: setup.display(file), diagnostics: [] };
    const model = buildReport(plan, {
      mode,
      year: setup.year,
      draft: setup.draft,
      generator: setup.generator,
      today: setup.today,
      logo: findLogo(dir, setup.allowOutside),
    });
    const html = sandboxHtml(setup.render(model, { fontCss: setup.fontCss }));
    if (setup.format === 'html') {
      await writeFileAtomic(file, html, { overwrite: setup.force });
      return { ok: true, dir: shown, file: setup.display(file), pages: null, ms: performance.now() - t0, model };
    }
    const done = await printReport(await browser(), html, model, setup);
    await writeFileAtomic(file, done.pdf, { overwrite: setup.force });
    return { ok: true, dir: shown, file: setup.display(file), pages: done.pages, ms: performance.now() - t0, model };
  } catch (err) {
    if (err instanceof FileExistsError) return { ok: false, dir: shown, reason: 'exists', message: setup.display(err.file), diagnostics: [] };
    return { ok: false, dir: shown, reason: 'error', message: errorText(err, setup), diagnostics: [] };
  }
}

/** HTML → finished PDF (bookmarks, metadata, reading direction): the one place that knows the printer. */
export async function printReport(
  browser: Browser,
  html: string,
  model: ReportModel,
  setup: Pick<ReportSetup, 'date' | 'generator' | 'digitsFontFile'>,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const printed = await printPdf(browser, html);
  const commune = model.cover.commune;
  const done = await finishPdf(printed.pdf, {
    meta: {
      title: model.meta.title,
      author: model.meta.author,
      subject: model.meta.subject,
      keywords: ['PAC', 'برنامج عمل الجماعة', 'تقييم', String(model.meta.year), commune.ar, ...(commune.fr ? [commune.fr] : [])],
      creator: setup.generator,
      lang: model.meta.lang,
    },
    date: setup.date,
    idSeed: `${html}\n${setup.date.toISOString()}`,
    rtl: model.meta.dir === 'rtl',
    digitsFontFile: setup.digitsFontFile,
    headings: printed.headings,
  });
  return { pdf: done.pdf, pages: done.pages };
}

function errorText(err: unknown, setup: Pick<ReportSetup, 'uiLang' | 'display'>): string {
  if (err instanceof AssetError) return tio(`asset.${err.problem}`, setup.uiLang, { ref: err.ref });
  if (err instanceof WriteError)
    return tio('write.failed', setup.uiLang, { file: setup.display(err.file), reason: tio(`write.reason.${err.reason}`, setup.uiLang, { code: err.code }) });
  return err instanceof Error ? err.message : String(err);
}
