// One workspace → one document: check the plan (refuse one with errors unless it is a draft), build the
// view model, the HTML, and when asked the PDF; write it atomically, never over an existing file unless forced.
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { Diagnostic, Lang } from '../../core/diagnostics/diagnostic.js';
import type { Plan } from '../../core/plan/workspace.js';
import { buildViewModel } from '../../core/render/build-view-model.js';
import type { PageExtras } from '../../core/render/render-html.js';
import type { DocMode, ViewModel } from '../../core/render/view-model.js';
import { checkWorkspace } from '../check-workspace.js';
import { loadUpdate } from '../load-update.js';
import { writeFileAtomic, writeTarget, FileExistsError, WriteError } from '../atomic-write.js';
import { AssetError, findLogo } from './assets.js';
import { sandboxHtml } from './sandbox.js';
import { workspaceFileAt } from '../output-guard.js';
import { tio } from '../../i18n/io.js';
import { stat } from 'node:fs/promises';
import { finishPdf } from './finish-pdf.js';
import { printPdf } from './print-pdf.js';

/** What every document of a run shares. */
export interface RenderSetup {
  /** --lang, or undefined to follow plan.yaml `languages`. */
  mode?: DocMode;
  format: 'pdf' | 'html';
  draft: boolean;
  force: boolean;
  /** Language of the messages. */
  uiLang: Lang;
  render: (vm: ViewModel, extras: PageExtras) => string;
  fontCss: string;
  /** A running browser, or one still starting (PDF only). */
  browser?: Browser | Promise<Browser>;
  digitsFontFile: string;
  /** CreationDate/ModDate of the PDF. */
  date: Date;
  generator: string;
  /** Where to write: a file (one workspace) or a folder. */
  out: { kind: 'file' | 'dir'; path: string };
  display: (abs: string) => string;
  /** Folders outside the workspace its files and assets may lead to (--allow-outside). */
  allowOutside?: readonly string[];
}

/** The outcome for one workspace. */
export type RenderResult =
  | { ok: true; dir: string; file: string; pages: number | null; ms: number; blocked: string[]; tocNumbers: number }
  | { ok: false; dir: string; reason: 'refused' | 'exists' | 'error'; message: string; diagnostics: Diagnostic[] };

/** The document mode a plan asks for: both languages when plan.yaml lists ar and fr, else the one it lists. */
export function planMode(plan: Plan): DocMode {
  const langs = plan.manifest?.data.languages ?? ['ar'];
  if (langs.includes('ar') && langs.includes('fr')) return 'ar+fr';
  return langs.includes('fr') ? 'fr' : 'ar';
}

/** The output file of a workspace: `<folder name>.<ar|fr|ar-fr>.<pdf|html>` in the output folder. */
export function outputFile(dir: string, mode: DocMode, setup: Pick<RenderSetup, 'out' | 'format'>): string {
  if (setup.out.kind === 'file') return setup.out.path;
  return path.join(setup.out.path, `${path.basename(path.resolve(dir))}.${mode.replace('+', '-')}.${setup.format}`);
}

/** Renders one workspace. Never throws for a problem of the plan or of the file system: it is a result. */
export async function renderDocument(dir: string, setup: RenderSetup): Promise<RenderResult> {
  const t0 = performance.now();
  const shown = setup.display(dir);
  try {
    const checked = await checkWorkspace(dir, { lang: setup.uiLang, display: setup.display, allowOutside: setup.allowOutside });
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length && !setup.draft) return { ok: false, dir: shown, reason: 'refused', message: '', diagnostics: errors };
    const mode = setup.mode ?? planMode(checked.plan);
    const file = outputFile(dir, mode, setup);
    if (await workspaceFileAt(file, [dir]))
      return { ok: false, dir: shown, reason: 'error', message: tio('write.intoWorkspace', setup.uiLang, { file: setup.display(file) }), diagnostics: [] };
    if (!setup.force && (await wouldReplace(file))) return { ok: false, dir: shown, reason: 'exists', message: setup.display(file), diagnostics: [] };
    // An open or adopted update prints an annex of its changes against the adopted version (history/<n>/).
    const update = await loadUpdate(dir, checked.plan, { lang: setup.uiLang, display: setup.display, allowOutside: setup.allowOutside });
    const vm = buildViewModel(checked.plan, { mode, draft: setup.draft, generator: setup.generator, logo: findLogo(dir, setup.allowOutside), update });
    // The policy and the markup clean-up apply to the HTML file too: opened in a browser, it loads nothing.
    const html = sandboxHtml(setup.render(vm, { fontCss: setup.fontCss }));
    if (setup.format === 'html') {
      await writeFileAtomic(file, html, { overwrite: setup.force });
      return { ok: true, dir: shown, file: setup.display(file), pages: null, ms: performance.now() - t0, blocked: [], tocNumbers: 0 };
    }
    // The browser may still be starting: the CLI launches it while the first workspace is checked.
    const browser = await setup.browser;
    if (!browser) throw new Error('no browser');
    const printed = await printPdf(browser, html);
    const done = await finishPdf(printed.pdf, {
      meta: {
        title: vm.meta.title,
        author: vm.meta.author,
        subject: vm.meta.subject,
        keywords: ['PAC', 'برنامج عمل الجماعة', vm.cover.commune.ar, ...(vm.cover.commune.fr ? [vm.cover.commune.fr] : [])],
        creator: setup.generator,
        lang: vm.meta.lang,
      },
      date: setup.date,
      idSeed: `${html}\n${setup.date.toISOString()}`,
      rtl: vm.meta.dir === 'rtl',
      digitsFontFile: setup.digitsFontFile,
      headings: printed.headings,
    });
    await writeFileAtomic(file, done.pdf, { overwrite: setup.force });
    return {
      ok: true,
      dir: shown,
      file: setup.display(file),
      pages: done.pages,
      ms: performance.now() - t0,
      blocked: printed.blocked,
      tocNumbers: done.tocNumbers,
    };
  } catch (err) {
    if (err instanceof FileExistsError) return { ok: false, dir: shown, reason: 'exists', message: setup.display(err.file), diagnostics: [] };
    return { ok: false, dir: shown, reason: 'error', message: errorText(err, setup), diagnostics: [] };
  }
}

/** True when writing `file` would replace an existing regular file (a device or a FIFO is written into). */
export async function wouldReplace(file: string): Promise<boolean> {
  const st = await stat(await writeTarget(file)).catch(() => undefined);
  return !!st && st.isFile();
}

/** A failure in the user's words: a refused asset, a write error; other errors as they are. */
function errorText(err: unknown, setup: Pick<RenderSetup, 'uiLang' | 'display'>): string {
  if (err instanceof AssetError) return tio(`asset.${err.problem}`, setup.uiLang, { ref: err.ref });
  if (err instanceof WriteError)
    return tio('write.failed', setup.uiLang, { file: setup.display(err.file), reason: tio(`write.reason.${err.reason}`, setup.uiLang, { code: err.code }) });
  return err instanceof Error ? err.message : String(err);
}

/** The date written into PDFs: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; else now. */
export function buildDate(env: NodeJS.ProcessEnv): Date {
  const e = env.SOURCE_DATE_EPOCH;
  if (e !== undefined && /^\d+$/.test(e)) return new Date(Number(e) * 1000);
  return new Date();
}
