// The terminal report: diagnostics grouped by file with a code frame, each workspace's phase, a summary.
import { codeFrameColumns } from '@babel/code-frame';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic, DataPath, Severity } from '../core/diagnostics/diagnostic.js';
import { countBySeverity } from '../core/diagnostics/diagnostic.js';
import { t } from '../i18n/messages.js';
import { expectedFound, tr } from '../i18n/reporters.js';
import type { Report, WorkspaceResult } from './report.js';

/** `file:line:col` (or `file:line`, or `file` alone when the position is unknown), the form editors turn into links. */
export function where(d: Diagnostic): string {
  if (d.line === undefined) return d.file;
  return d.col === undefined ? `${d.file}:${d.line}` : `${d.file}:${d.line}:${d.col}`;
}

/** A data path as people read it: `projects[2].budget`. */
export function pathText(path: DataPath): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

// Hebrew, Arabic, Syriac, Thaana, NKo… and the Arabic presentation forms.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * Wraps right-to-left text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. Each line starts with
 * the file position and the code, so a terminal that applies the bidi algorithm lays the line out
 * left to right; without isolates, the Arabic severity word and the Arabic message (separated only by
 * spaces, which are neutral) would merge into one right-to-left run and swap places, and figures at
 * the edge of a message would drift to the wrong side. Inside the isolate the message keeps its own
 * direction. Terminals without bidi support treat the two marks as zero-width characters. The text
 * stays in logical order (never visually reordered) so that copying it and CI logs remain correct.
 */
export function isolate(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * Makes text from a plan file safe to print: control characters become their visible Control
 * Pictures (␇, ␛…) so that a value cannot ring the bell or send escape sequences to the terminal, and
 * C1 controls, the Unicode line separators (which YAML does not count as line breaks) and explicit bidi embeddings, overrides and isolates become U+FFFD so that a value cannot
 * reorder the rest of our line. Each replacement is one UTF-16 unit, like what it replaces, so code
 * frame markers stay aligned. Tabs and line breaks are kept; callers decide what a line break means.
 */
export function printable(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (ch) => String.fromCharCode(0x2400 + ch.charCodeAt(0)))
    .replace(/\u007F/g, '\u2421')
    .replace(/[\u0080-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
}

/** Longest piece of a message or value shown, and longest source line shown in a frame (characters). */
export const MAX_TEXT = 300;
export const MAX_LINE = 160;
/** Most continuation lines of one message or value. */
const MAX_TEXT_LINES = 8;

/** `text` cut to `max` characters, with an ellipsis when cut. */
function cut(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** A message or value on one line: printable, its own line breaks turned into indented continuation lines. */
function inline(text: string): string {
  const parts = text.split(/\r\n|\r|\n/);
  const shown = parts.slice(0, MAX_TEXT_LINES).map((part) => isolate(printable(cut(part, MAX_TEXT))));
  if (parts.length > MAX_TEXT_LINES) shown.push('…');
  return shown.join('\n    ');
}

/** Formats a report for people at a terminal, in the report's language. */
export function pretty(report: Report): string {
  // level 1 (16 colours) whatever the terminal, so that the output depends on the report alone.
  const c = new Chalk({ level: report.color ? 1 : 0 });
  const { lang } = report;
  const sevWords = { error: t('severity.error', lang), warning: t('severity.warning', lang), info: t('severity.info', lang) };
  const sevWidth = Math.max(...Object.values(sevWords).map((w) => w.length));
  const paint: Record<Severity, ChalkInstance> = { error: c.red.bold, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  // Each source is split into lines once, however many diagnostics it has.
  const indexes = new Map<string, LineIndex>();
  const indexOf = (file: string): LineIndex | undefined => {
    const source = report.sources[file];
    if (source === undefined) return undefined;
    let ix = indexes.get(file);
    if (!ix) indexes.set(file, (ix = new LineIndex(source)));
    return ix;
  };

  for (const [file, ds] of groupByFile(report.diagnostics)) {
    out.push(c.underline(printable(file)));
    const locWidth = Math.max(...ds.map((d) => printable(where(d)).length));
    for (const d of ds) {
      // Position and code first: they are left-to-right tokens and must stay at the start of the line.
      // Padding outside the isolate, so that it stays on the right in a right-to-left-aware terminal.
      const word = sevWords[d.severity];
      const sev = paint[d.severity](isolate(word)) + ' '.repeat(sevWidth - word.length);
      out.push(`${c.dim(printable(where(d)).padEnd(locWidth))}  ${c.bold(d.code)}  ${sev}  ${inline(d.message)}`);
      const ef = expectedFound(d, lang, inline);
      if (ef) out.push(`  ${ef}`);
      if (d.line === undefined && d.path.length) out.push(`  ${c.dim(cut(tr('report.at', lang, { path: pathText(d.path) }), MAX_TEXT))}`);
      const frame = codeFrame(indexOf(d.file), d, report.color);
      if (frame) out.push(indent(frame, '  '));
    }
    out.push('');
  }

  for (const ws of report.workspaces) out.push(phaseLine(ws, report, c));
  if (report.workspaces.length) out.push('');

  const n = countBySeverity(report.diagnostics);
  if (report.diagnostics.length === 0) out.push(c.green(t('summary.clean', lang)));
  else {
    const counts = t('summary.counts', lang, { errors: n.error, warnings: n.warning, infos: n.info, files: report.files.length });
    out.push(n.error ? c.red.bold(counts) : n.warning ? c.yellow.bold(counts) : c.bold(counts));
  }
  return out.join('\n') + '\n';
}

/** Diagnostics by file, in the order they come (the report is already sorted). */
function groupByFile(ds: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of ds) {
    const list = groups.get(d.file);
    if (list) list.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

/** "Workspace x — current phase: n (name); missing: …", or that every phase is complete. */
function phaseLine(ws: WorkspaceResult, report: Report, c: ChalkInstance): string {
  const { lang } = report;
  const { current, missing } = ws.phase;
  // Every phase has its files, but the plan is complete only when none of them has an error.
  const inside = (f: string) => ws.root === '.' || f === ws.root || f.startsWith(`${ws.root}/`);
  const errors = report.diagnostics.filter((d) => d.severity === 'error' && inside(d.file)).length;
  const state =
    current === 6
      ? errors
        ? t('phase.completeButErrors', lang, { n: errors })
        : t('phase.complete', lang)
      : t('phase.reached', lang, { n: current, name: t(`phase.${current}`, lang) });
  const lacks = missing.length ? ` — ${inline(t('phase.lacks', lang, { items: missing.join(', ') }))}` : '';
  return `${c.bold(printable(ws.root))}  ${inline(state)}${lacks}`;
}

/** Where each line of a source starts: built once per file, then any window of lines costs its own size. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly source: string) {
    const re = /\r\n|[\n\r]/g;
    for (let m = re.exec(source); m; m = re.exec(source)) this.starts.push(m.index + m[0].length);
  }
  get count(): number {
    return this.starts.length;
  }
  /** Line `n` (1-based) without its line break. */
  line(n: number): string {
    const from = this.starts[n - 1]!;
    const to = n < this.starts.length ? this.starts[n]! : this.source.length;
    return this.source.slice(from, to).replace(/\r?\n$|\r$/, '');
  }
}

/**
 * The source lines around the diagnostic with its span marked; undefined when the source or line is
 * unknown. Bounded whatever the file: two lines above and below, each line cut to MAX_LINE characters
 * around the position, and a span over several lines (a whole file, a whole list) marked on its first
 * line only, so that a report grows with the number of diagnostics, not with the size of the files.
 */
function codeFrame(index: LineIndex | undefined, d: Diagnostic, color: boolean): string | undefined {
  if (index === undefined || d.line === undefined) return undefined;
  const lines = index.count;
  if (d.line < 1 || d.line > lines) return undefined;
  const first = Math.max(1, d.line - 2);
  const last = Math.min(lines, d.line + 2);
  // The visible part of the marked line: a window around the column when the line is long.
  const marked = index.line(d.line);
  const col = d.col ?? 1;
  const from = marked.length > MAX_LINE && col > MAX_LINE / 2 ? Math.min(col - Math.floor(MAX_LINE / 4), marked.length - MAX_LINE + 1) : 0;
  const view = (text: string, start: number) => {
    const body = text.slice(start, start + MAX_LINE);
    return printable((start > 0 ? '…' : '') + body + (start + MAX_LINE < text.length ? '…' : ''));
  };
  const snippet: string[] = [];
  for (let n = first; n <= last; n++) snippet.push(view(index.line(n), n === d.line ? from : 0));
  const shift = from > 0 ? from - 1 : 0; // columns hidden on the left, minus the ellipsis
  const visible = snippet[d.line - first]!.length;
  const start = { line: d.line - first + 1, ...(d.col !== undefined && { column: Math.min(Math.max(1, col - shift), visible + 1) }) };
  let end = {};
  if (d.endLine !== undefined && d.endCol !== undefined && d.col !== undefined && d.endLine <= lines) {
    // A span on one line keeps its end (cut at the visible edge); a longer span ends with its first line.
    const endCol = d.endLine === d.line ? Math.min(Math.max(start.column ?? 1, d.endCol - shift), visible + 1) : visible + 1;
    if (endCol > (start.column ?? 1)) end = { end: { line: start.line, column: endCol } };
  }
  // forceColor, not the library's own terminal detection, so that the output depends on the report alone.
  const frame = codeFrameColumns(snippet.join('\n'), { start, ...end }, { highlightCode: color, forceColor: color, linesAbove: 2, linesBelow: 2 });
  return renumber(frame, first - 1, String(last).length);
}

/** Gives the frame of a window of lines the real line numbers (the library numbers the window from 1). */
function renumber(frame: string, offset: number, width: number): string {
  if (offset === 0) return frame;
  return frame
    .split('\n')
    .map((l) =>
      l.replace(
        /^((?:\x1b\[[\d;]*m)*[> ](?:\x1b\[[\d;]*m)*) ( *)(\d*) \|/,
        (_m, lead: string, _pad: string, num: string) => `${lead} ${num ? String(Number(num) + offset).padStart(width) : ' '.repeat(width)} |`,
      ),
    )
    .join('\n');
}

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}
