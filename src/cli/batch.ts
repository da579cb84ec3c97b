// A batch over workspaces (`plan render communes/*`, `plan report communes/* --year N`): one Chromium for
// the whole batch, a bounded number of workspaces at once, a progress bar on a terminal, one result per
// workspace, and one exit code that says precisely what went wrong.
//
// Use:
//
//   const workspaces = await batchWorkspaces(dirs, io, lang);        // absolute, each once; UsageError for a folder without plan.yaml
//   refuseSameNames(workspaces, io, lang);                           // outputs named after the folder: a/oulmes vs b/oulmes
//   const { results, code } = await runBatch({
//     io, lang, label: 'plan report',                               // label: shown before the progress bar
//     workspaces,
//     concurrency: parseConcurrency(flags.concurrency, lang),       // 1..16 workspaces at once (UsageError otherwise)
//     browser: flags.format === 'pdf' ? { flag: flags.browser } : undefined,
//     quiet: flags.quiet,                                           // no progress bar
//     item: async (dir, ctx) => …,                                  // one workspace → a value R
//     failed: (r) => !r.ok,                                         // which values are failed items
//     report: (r) => …,                                             // prints one returned value's lines
//   });
//   return code;
//
// The browser: with `browser` set, the batch finds Chromium (--browser flag, PLAN_BROWSER, puppeteer's
// cache, system installs; none → UsageError before any work) and launches it once, at the start, while
// the first workspaces are read. `ctx.browser()` returns that one shared browser; a launch that failed
// rejects with an ItemError (a failed item, exit 1). Each item opens its own page and closes it: at most
// `concurrency` pages are open at once, and no document shares a page with another commune's. The
// browser is closed when the batch ends, however it ends.
//
// Outcomes and exit codes (the batch's code is the highest):
//   - `item` returned a value, `failed(value)` false            → ok        (0)
//   - `item` returned a value, `failed(value)` true             → failed    (1; `report` prints it)
//   - `item` threw an ItemError (expected, said in words)       → failed    (1; the batch prints "dir: failed: message")
//   - `item` threw a UsageError                                 → usage     (2; printed as a usage error)
//   - `item` threw anything else (a bug)                        → internal  (2; "Internal error: …", never a stack
//                                                                  trace unless PLAN_DEBUG is set)
// One item's outcome never stops the others. `report` is called as each item ends, or, when a progress
// bar is shown, for every item in the order given once the bar is done. With more than one workspace and
// any item not ok, a summary line (documents written, failed, which) ends the output on stderr.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { Diagnostic, Lang } from '../core/diagnostics/diagnostic.js';
import type { Launcher } from '../io/browser/launch-browser.js';
import { displayFrom } from '../io/display-path.js';
import { findWorkspace } from '../io/targets.js';
import { t } from '../i18n/messages.js';
import { tr } from '../i18n/render.js';
import { EXIT, UsageError } from './errors.js';
import type { CliIO } from './io.js';

/** An expected failure of one workspace, said in the user's words: the item fails (exit 1), the batch goes on. */
export class ItemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ItemError';
  }
}

/** What an item receives besides its folder. */
export interface ItemContext {
  /** The batch's one browser (launched once); rejects with an ItemError when it could not start. */
  browser(): Promise<Browser>;
  /** The folder as the user reads it (relative to the current folder when inside it). */
  display: string;
}

/** How one workspace ended. `value` is set when `item` returned; `message` only when it threw. */
export interface ItemResult<R> {
  dir: string;
  display: string;
  outcome: 'ok' | 'failed' | 'usage' | 'internal';
  value?: R;
  message?: string;
}

export interface BatchOptions<R> {
  io: CliIO;
  /** Language of the messages. */
  lang: Lang;
  /** Shown before the progress bar, e.g. "plan render". */
  label: string;
  /** Absolute workspace folders (batchWorkspaces). */
  workspaces: readonly string[];
  /** Workspaces handled at once (parseConcurrency). */
  concurrency: number;
  /** Set when items need the browser: --browser's value, if any. `launcher` replaces puppeteer (tests). */
  browser?: { flag?: string; launcher?: Launcher };
  /** No progress bar. */
  quiet?: boolean;
  item: (dir: string, ctx: ItemContext) => Promise<R>;
  /** Which returned values are failed items (default: none). */
  failed?: (value: R) => boolean;
  /** Prints one returned value (success or failure). */
  report?: (value: R, result: ItemResult<R>) => void;
}

/** The batch's outcome: one result per workspace, in the order given, and the exit code. */
export interface BatchOutcome<R> {
  results: ItemResult<R>[];
  code: number;
}

/** The workspaces named on the command line (absolute, each once), or the one around the current folder; each must hold plan.yaml. */
export async function batchWorkspaces(dirs: readonly string[], io: Pick<CliIO, 'cwd'>, lang: Lang): Promise<string[]> {
  // A folder named twice (`communes/* communes/oulmes`) is one workspace, handled once.
  const workspaces = dirs.length ? [...new Set(dirs.map((d) => path.resolve(io.cwd, d)))] : [(await findWorkspace(io.cwd)) ?? io.cwd];
  for (const w of workspaces) if (!isFile(path.join(w, 'plan.yaml'))) throw new UsageError(tr('cli.notWorkspace', lang, { dir: w }), lang);
  return workspaces;
}

/**
 * A usage error when two workspaces have the same folder name (a/oulmes, b/oulmes): for a command that names
 * each output after its folder, the second would fail, or with --force replace the first.
 */
export function refuseSameNames(workspaces: readonly string[], io: Pick<CliIO, 'cwd'>, lang: Lang): void {
  const display = displayFrom(io.cwd);
  const seen = new Map<string, string>();
  for (const w of workspaces) {
    const first = seen.get(path.basename(w));
    if (first !== undefined) throw new UsageError(tr('cli.sameName', lang, { first: display(first), second: display(w) }), lang);
    seen.set(path.basename(w), w);
  }
}

/** --concurrency's value as a number from 1 to 16, else a usage error. */
export function parseConcurrency(value: string, lang: Lang): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new UsageError(tr('cli.concurrency', lang, { value: String(value) }), lang);
  return n;
}

/** Runs `item` on every workspace (see the top of this file). */
export async function runBatch<R>(opts: BatchOptions<R>): Promise<BatchOutcome<R>> {
  const { io, lang, workspaces } = opts;
  const display = displayFrom(io.cwd);
  const browser = opts.browser ? (await startBrowser(opts.browser, io, lang)).launched : undefined;
  const ctxFor = (dir: string): ItemContext => ({
    browser: () => browser ?? Promise.reject(new Error('runBatch: the browser was not asked for (options.browser)')),
    display: display(dir),
  });
  const progress = opts.quiet ? NO_PROGRESS : await startProgress(io, opts.label, workspaces.length);
  const results: ItemResult<R>[] = new Array(workspaces.length);
  try {
    let next = 0;
    const worker = async () => {
      while (next < workspaces.length) {
        const i = next++;
        const dir = workspaces[i]!;
        const r = await runItem(opts, dir, ctxFor(dir));
        results[i] = r;
        progress.tick(r.outcome !== 'ok');
        if (!progress.shown) print(opts, r);
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.concurrency, workspaces.length) }, worker));
  } finally {
    progress.stop();
    await browser?.then((b) => b.close()).catch(() => {});
  }
  if (progress.shown) for (const r of results) print(opts, r);
  const notOk = results.filter((r) => r.outcome !== 'ok');
  if (workspaces.length > 1 && notOk.length)
    io.stderr.write(tr('cli.summary', lang, { ok: results.length - notOk.length, failed: notOk.length, list: notOk.map((r) => r.display).join(', ') }) + '\n');
  const code = Math.max(EXIT.ok, ...results.map((r) => CODE[r.outcome]));
  return { results, code };
}

const CODE = { ok: EXIT.ok, failed: EXIT.findings, usage: EXIT.usage, internal: EXIT.usage } as const;

async function runItem<R>(opts: BatchOptions<R>, dir: string, ctx: ItemContext): Promise<ItemResult<R>> {
  const base = { dir, display: ctx.display };
  try {
    const value = await opts.item(dir, ctx);
    return { ...base, outcome: opts.failed?.(value) ? 'failed' : 'ok', value };
  } catch (err) {
    if (err instanceof ItemError) return { ...base, outcome: 'failed', message: err.message };
    if (err instanceof UsageError) return { ...base, outcome: 'usage', message: err.message };
    const detail = err instanceof Error ? err.message : String(err);
    if (opts.io.env.PLAN_DEBUG && err instanceof Error) opts.io.stderr.write(String(err.stack) + '\n');
    return { ...base, outcome: 'internal', message: detail };
  }
}

function print<R>(opts: BatchOptions<R>, r: ItemResult<R>): void {
  const { io, lang } = opts;
  // A message is set only when the item threw: a returned value (ok or failed) is the command's to print.
  if (r.message === undefined) {
    opts.report?.(r.value as R, r);
    return;
  }
  if (r.outcome === 'failed') io.stderr.write(tr('cli.failed', lang, { dir: r.display, detail: r.message }) + '\n');
  else if (r.outcome === 'usage') io.stderr.write(t('cli.usage', lang, { detail: `${r.display}: ${r.message}` }) + '\n');
  else io.stderr.write(t('cli.internal', lang, { detail: `${r.display}: ${r.message}` }) + '\n');
}

// Finds the browser (a usage error when there is none) and launches it without waiting: Chromium starts
// while the first workspaces are read and laid out. A failed launch is each item's failure, never unhandled.
async function startBrowser(want: NonNullable<BatchOptions<unknown>['browser']>, io: CliIO, lang: Lang): Promise<{ launched: Promise<Browser> }> {
  const { findBrowser, BrowserNotFoundError } = await import('../io/browser/find-browser.js');
  const { launchBrowser } = await import('../io/browser/launch-browser.js');
  let choice;
  try {
    choice = findBrowser({ flag: want.flag, env: io.env });
  } catch (err) {
    if (err instanceof BrowserNotFoundError) throw new UsageError(`${err.message}\n${tr('cli.noBrowser', lang)}`, lang);
    throw err;
  }
  if (!choice) throw new UsageError(tr('cli.noBrowser', lang), lang);
  const chosen = choice.path;
  const launcher = want.launcher ?? (await import('puppeteer-core'));
  const browser = launchBrowser(launcher, chosen, io.env).catch((err: unknown) => {
    throw new ItemError(tr('cli.launchFailed', lang, { path: chosen, detail: (err instanceof Error ? err.message : String(err)).split('\n')[0]! }));
  });
  browser.catch(() => {});
  return { launched: browser };
}

interface Progress {
  shown: boolean;
  tick(failed: boolean): void;
  stop(): void;
}
const NO_PROGRESS: Progress = { shown: false, tick: () => {}, stop: () => {} };

// A progress bar on a terminal (cli-progress, loaded only then) for two workspaces or more; nothing otherwise.
async function startProgress(io: CliIO, label: string, total: number): Promise<Progress> {
  if (!io.stderr.isTTY || total < 2) return NO_PROGRESS;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr as unknown as NodeJS.WritableStream, format: `${label} [{bar}] {value}/{total} {failed}`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { failed: '' });
  let failed = 0;
  return {
    shown: true,
    tick: (f) => {
      if (f) failed++;
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

/** --out of a command that writes one document per workspace: a file for one workspace (when it names a .pdf/.html file), else a folder. */
export function outTarget(out: string | undefined, count: number, format: string, cwd: string, lang: Lang): { kind: 'file' | 'dir'; path: string } {
  if (!out) return { kind: 'dir', path: cwd };
  const abs = path.resolve(cwd, out);
  // A name with the format's extension, or anything that exists and is not a folder (/dev/stdout, a
  // FIFO, a link to a file): one file, written through links and into devices and pipes.
  const looksLikeFile = !isDir(abs) && (new RegExp(`\\.${format}$`, 'i').test(out) || exists(abs));
  if (looksLikeFile && count > 1) throw new UsageError(tr('cli.outFile', lang));
  return { kind: looksLikeFile ? 'file' : 'dir', path: abs };
}

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

/** What a command that writes one document per workspace returns for each (render, report). */
export type DocumentResult =
  | { ok: true; dir: string; file: string; pages: number | null; ms: number }
  | { ok: false; dir: string; reason: string; message: string; diagnostics: readonly Diagnostic[] };

/** Prints one workspace's document result: the file written (unless quiet), or why it was not. */
export function printDocumentResult(r: DocumentResult, io: Pick<CliIO, 'stdout' | 'stderr'>, lang: Lang, quiet: boolean): void {
  if (r.ok) {
    if (quiet) return;
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
