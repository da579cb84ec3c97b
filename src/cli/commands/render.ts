// `plan render [workspaces…]`: the printable plan, as self-contained HTML or as PDF, one workspace or many.
import { Option, type Command } from 'commander';
import path from 'node:path';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { resolveLang } from '../../i18n/catalog.js';
import { tr } from '../../i18n/render.js';
import type { Lang } from '../../core/diagnostics/diagnostic.js';
import type { DocMode } from '../../core/render/view-model.js';
import { VERSION } from '../version.js';
import { batchWorkspaces, outTarget, parseConcurrency, printDocumentResult, refuseSameNames, runBatch } from '../batch.js';
import { displayFrom } from '../../io/display-path.js';
import type { RenderSetup } from '../../io/browser/render-document.js';

interface RenderFlags {
  lang?: DocMode;
  format: 'pdf' | 'html';
  out?: string;
  templates?: string;
  draft?: boolean;
  browser?: string;
  concurrency: string;
  force?: boolean;
  quiet?: boolean;
  allowOutside: string[];
}

/** Adds `plan render` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('render')
    .description('print the plan: bilingual A4 document as HTML or PDF / imprimer le plan')
    .argument('[workspaces...]', 'plan workspaces (default: the current folder)')
    .addOption(new Option('-l, --lang <lang>', 'document language (default: plan.yaml languages; ar and fr give ar+fr)').choices(['ar', 'fr', 'ar+fr']))
    .addOption(new Option('-f, --format <format>', 'output format; html needs no browser').choices(['pdf', 'html']).default('html'))
    .option('-o, --out <path>', 'output file (one workspace) or folder (default: the current folder)')
    .option('--templates <dir>', 'folder overriding partials, print.css or strings.yaml')
    .option('--draft', 'print even with validation errors; every page is stamped «مسودة / Projet»')
    .option('--browser <path>', 'Chrome or Chromium executable (else PLAN_BROWSER, puppeteer, system installs)')
    .option('-j, --concurrency <n>', 'documents printed at once in a batch', '2')
    .option('--force', 'overwrite existing output files')
    .option('-q, --quiet', 'no progress bar and no line per document written; failures are still shown')
    .option(
      '--allow-outside <dir>',
      'let the workspace or the --templates folder lead (by symbolic links) into this folder (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .addHelpText(
      'after',
      `
Examples:
  plan render examples/oulmes --format pdf
  plan render examples/oulmes --lang fr --format pdf --out oulmes-fr.pdf
  plan render communes/* --format pdf --out out/ --concurrency 2
  plan render . --draft --templates my-templates/

Exit codes: 0 every document written; 1 a plan refused or a document failed; 2 usage, missing browser or internal error.`,
    )
    .action(async (dirs: string[], flags: RenderFlags) => ctx.exit(await run(dirs, flags, ctx)));
}

async function run(dirs: string[], flags: RenderFlags, { io }: CommandContext): Promise<number> {
  const [{ loadTemplates, TemplateError }, { compileTemplates }, { fontFaceCss, digitsFont, fontFiles }, doc] = await Promise.all([
    import('../../io/browser/load-templates.js'),
    import('../../core/render/render-html.js'),
    import('../../io/browser/fonts.js'),
    import('../../io/browser/render-document.js'),
  ]);
  const uiLang: Lang = resolveLang(undefined, undefined, io.env);
  const workspaces = await batchWorkspaces(dirs, io, uiLang);
  const concurrency = parseConcurrency(flags.concurrency, uiLang);
  const out = outTarget(flags.out, workspaces.length, flags.format, io.cwd, uiLang);
  // Documents are named after their folder: a/oulmes and b/oulmes would write one file twice.
  if (out.kind === 'dir') refuseSameNames(workspaces, io, uiLang);
  const allowOutside = flags.allowOutside.map((d) => path.resolve(io.cwd, d));

  let render;
  try {
    render = compileTemplates(loadTemplates(flags.templates ? path.resolve(io.cwd, flags.templates) : undefined, { allowOutside, lang: uiLang }));
  } catch (err) {
    // Only a problem of the --templates folder is the user's to fix; anything else is reported as what it is.
    if (err instanceof TemplateError) throw new UsageError(tr('cli.templates', uiLang, { detail: err.message }), uiLang);
    throw err;
  }
  const files = fontFiles();
  const setup: Omit<RenderSetup, 'browser'> = {
    mode: flags.lang,
    format: flags.format,
    draft: !!flags.draft,
    force: !!flags.force,
    uiLang,
    render,
    fontCss: fontFaceCss(files),
    digitsFontFile: digitsFont(files).file,
    date: doc.buildDate(io.env),
    generator: `plan ${VERSION}`,
    out,
    display: displayFrom(io.cwd),
    allowOutside,
  };
  const { results, code } = await runBatch({
    io,
    lang: uiLang,
    label: 'plan render',
    workspaces,
    concurrency,
    browser: flags.format === 'pdf' ? { flag: flags.browser } : undefined,
    quiet: flags.quiet,
    // The browser may still be starting: renderDocument waits for it only once the plan is laid out.
    item: (dir, ctx) => doc.renderDocument(dir, { ...setup, browser: flags.format === 'pdf' ? ctx.browser() : undefined }),
    failed: (r) => !r.ok,
    report: (r) => printDocumentResult(r, io, uiLang, !!flags.quiet),
  });
  const only = results.length === 1 ? results[0]!.value : undefined;
  // One document that would replace a file: the command line lacks --force (a usage error, as before).
  return only && !only.ok && only.reason === 'exists' ? EXIT.usage : code;
}
