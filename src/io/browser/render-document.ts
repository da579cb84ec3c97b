// One workspace → one document: check the plan (refuse one with errors unless it is a draft), build the
// view model, the HTML, and when asked the PDF; write it atomically, never over an existing file unless forced.
import path from 'node:path';
import type { Browser } from 'puppeteer';
import type { Diagnostic, Lang } from '../../core/diagnostics/diagnostic.js';
import type { Plan } from '../../core/plan/workspace.js';
import { buildViewModel } from '../../core/render/build-view-model.js';
import type { PageExtras } from '../../core/render/render-html.js';
import type { DocMode, ViewModel } from '../../core/render/view-model.js';
import { checkWorkspace } from '../check-workspace.js';
import { exists, writeFileAtomic } from '../atomic-write.js';
import { findLogo } from './assets.js';
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
    const checked = await checkWorkspace(dir, { lang: setup.uiLang, display: setup.display });
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length && !setup.draft) return { ok: false, dir: shown, reason: 'refused', message: '', diagnostics: errors };
    const mode = setup.mode ?? planMode(checked.plan);
    const file = outputFile(dir, mode, setup);
    if (!setup.force && (await exists(file))) return { ok: false, dir: shown, reason: 'exists', message: setup.display(file), diagnostics: [] };
    const vm = buildViewModel(checked.plan, { mode, draft: setup.draft, generator: setup.generator, logo: findLogo(dir) });
    const html = setup.render(vm, { fontCss: setup.fontCss });
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
    return { ok: true, dir: shown, file: setup.display(file), pages: done.pages, ms: performance.now() - t0, blocked: printed.blocked, tocNumbers: done.tocNumbers };
  } catch (err) {
    return { ok: false, dir: shown, reason: 'error', message: err instanceof Error ? err.message : String(err), diagnostics: [] };
  }
}

/** The date written into PDFs: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; else now. */
export function buildDate(env: NodeJS.ProcessEnv): Date {
  const e = env.SOURCE_DATE_EPOCH;
  if (e !== undefined && /^\d+$/.test(e)) return new Date(Number(e) * 1000);
  return new Date();
}
