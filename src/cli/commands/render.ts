// `plan render [workspaces…]`: the printable plan, as self-contained HTML or as PDF, one workspace or many.
import { Option, type Command } from 'commander';
import { findWorkspace } from '../../io/targets.js';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { resolveLang } from '../../i18n/catalog.js';
import { tr } from '../../i18n/render.js';
import type { Lang } from '../../core/diagnostics/diagnostic.js';
import type { DocMode } from '../../core/render/view-model.js';
import { VERSION } from '../version.js';
import { displayFrom } from '../../io/display-path.js';

interface RenderFlags {
  lang?: DocMode;
  format: 'pdf' | 'html';
  out?: string;
  templates?: string;
  draft?: boolean;
  browser?: string;
  concurrency: string;
  force?: boolean;
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

Exit codes: 0 every document written; 1 a plan refused or a document failed; 2 usage or missing browser.`,
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
  const workspaces = dirs.length ? dirs.map((d) => path.resolve(io.cwd, d)) : [(await findWorkspace(io.cwd)) ?? io.cwd];
  for (const w of workspaces) if (!isFile(path.join(w, 'plan.yaml'))) throw new UsageError(tr('cli.notWorkspace', uiLang, { dir: w }));
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)
    throw new UsageError(tr('cli.concurrency', uiLang, { value: String(flags.concurrency) }), uiLang);
  const out = outTarget(flags.out, workspaces.length, flags.format, io.cwd, uiLang);
  const allowOutside = flags.allowOutside.map((d) => path.resolve(io.cwd, d));

  let render;
  try {
    render = compileTemplates(loadTemplates(flags.templates ? path.resolve(io.cwd, flags.templates) : undefined, { allowOutside, lang: uiLang }));
  } catch (err) {
    if (err instanceof TemplateError || (err as Error).name === 'Error')
      throw new UsageError(tr('cli.templates', uiLang, { detail: (err as Error).message }), uiLang);
    throw err;
  }
  const files = fontFiles();
  // Launched without waiting: Chromium starts while the first workspace is checked and laid out.
  let browser: Promise<import('puppeteer-core').Browser> | undefined;
  if (flags.format === 'pdf') {
    const puppeteer = await import('puppeteer-core');
    const { findBrowser, BrowserNotFoundError } = await import('../../io/browser/find-browser.js');
    const { launchBrowser } = await import('../../io/browser/launch-browser.js');
    let choice;
    try {
      choice = findBrowser({ flag: flags.browser, env: io.env });
    } catch (err) {
      if (err instanceof BrowserNotFoundError) throw new UsageError(`${err.message}\n${tr('cli.noBrowser', uiLang)}`);
      throw err;
    }
    if (!choice) throw new UsageError(tr('cli.noBrowser', uiLang));
    const chosen = choice.path;
    browser = launchBrowser(puppeteer, chosen, io.env).catch((err: unknown) => {
      throw new Error(tr('cli.launchFailed', uiLang, { path: chosen, detail: (err instanceof Error ? err.message : String(err)).split('\n')[0]! }));
    });
    // A launch that fails is reported by each document that needs the browser; none is left unhandled.
    browser.catch(() => {});
  }
  const display = displayFrom(io.cwd);
  const setup = {
    mode: flags.lang,
    format: flags.format,
    draft: !!flags.draft,
    force: !!flags.force,
    uiLang,
    render,
    fontCss: fontFaceCss(files),
    browser,
    digitsFontFile: digitsFont(files).file,
    date: doc.buildDate(io.env),
    generator: `plan ${VERSION}`,
    out,
    display,
    allowOutside,
  };

  const progress = await startProgress(io, workspaces.length);
  const results: Awaited<ReturnType<typeof doc.renderDocument>>[] = [];
  try {
    let next = 0;
    const worker = async () => {
      while (next < workspaces.length) {
        const dir = workspaces[next++]!;
        const r = await doc.renderDocument(dir, setup);
        results.push(r);
        progress.tick(r.ok ? '' : r.dir);
        if (!progress.bar) report(r, io, uiLang);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, workspaces.length) }, worker));
  } finally {
    progress.stop();
    await browser?.then((b) => b.close()).catch(() => {});
  }
  if (progress.bar) for (const r of results) report(r, io, uiLang);
  const failed = results.filter((r) => !r.ok);
  if (workspaces.length > 1 && failed.length) {
    io.stderr.write(tr('cli.summary', uiLang, { ok: results.length - failed.length, failed: failed.length, list: failed.map((f) => f.dir).join(', ') }) + '\n');
  }
  if (failed.length === 1 && workspaces.length === 1 && failed[0]!.ok === false && failed[0]!.reason === 'exists') return EXIT.usage;
  return failed.length ? EXIT.findings : EXIT.ok;
}

type Result = Awaited<ReturnType<typeof import('../../io/browser/render-document.js').renderDocument>>;

function report(r: Result, io: CommandContext['io'], lang: Lang): void {
  if (r.ok) {
    const line =
      r.pages === null
        ? tr('cli.writtenHtml', lang, { dir: r.dir, file: r.file })
        : tr('cli.written', lang, { dir: r.dir, file: r.file, pages: r.pages, seconds: (r.ms / 1000).toFixed(1) });
    io.stdout.write(line + '\n');
    return;
  }
  if (r.reason === 'refused') {
    io.stderr.write(tr('cli.refused', lang, { dir: r.dir, count: r.diagnostics.length }) + '\n');
    for (const d of r.diagnostics.slice(0, 20)) io.stderr.write(`  ${d.file}:${d.line ?? 1}:${d.col ?? 1} ${d.code} ${d.message}\n`);
    if (r.diagnostics.length > 20) io.stderr.write(`  … +${r.diagnostics.length - 20}\n`);
  } else if (r.reason === 'exists') io.stderr.write(tr('cli.failed', lang, { dir: r.dir, detail: tr('cli.exists', lang, { file: r.message }) }) + '\n');
  else io.stderr.write(tr('cli.failed', lang, { dir: r.dir, detail: r.message }) + '\n');
}

// --out: a file for one workspace (when it names a .pdf/.html file), else a folder.
function outTarget(out: string | undefined, count: number, format: string, cwd: string, lang: Lang): { kind: 'file' | 'dir'; path: string } {
  if (!out) return { kind: 'dir', path: cwd };
  const abs = path.resolve(cwd, out);
  // A name with the format's extension, or anything that exists and is not a folder (/dev/stdout, a
  // FIFO, a link to a file): one file, written through links and into devices and pipes.
  const looksLikeFile = !isDir(abs) && (new RegExp(`\\.${format}$`, 'i').test(out) || exists(abs));
  if (looksLikeFile && count > 1) throw new UsageError(tr('cli.outFile', lang));
  return { kind: looksLikeFile ? 'file' : 'dir', path: abs };
}

// A progress bar on a terminal; nothing (plain result lines instead) otherwise.
async function startProgress(io: CommandContext['io'], total: number) {
  if (!io.stderr.isTTY || total < 2) return { bar: null, tick: (_s: string) => {}, stop: () => {} };
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr as unknown as NodeJS.WritableStream, format: 'plan render [{bar}] {value}/{total} {failed}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { failed: '' });
  let failed = 0;
  return {
    bar,
    tick: (dir: string) => {
      if (dir) failed++;
      bar.increment(1, { failed: failed ? `(${failed} ✗)` : '' });
    },
    stop: () => bar.stop(),
  };
}

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};
const exists = (p: string) => {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
};
const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};
