// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's files.
import type { Diagnostic, Severity } from '../core/diagnostics/diagnostic.js';
import { expectedFound } from '../i18n/reporters.js';
import { printable } from './pretty.js';
import type { Report } from './report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Formats a report as one `::error|warning|notice file=…,line=…::message` line per diagnostic. */
export function github(report: Report): string {
  return report.diagnostics.map((d) => annotation(d, report)).join('');
}

function annotation(d: Diagnostic, report: Report): string {
  const props: [string, string | number][] = [['file', d.file]];
  if (d.line !== undefined) {
    props.push(['line', d.line]);
    // GitHub places columns only on a single-line span; on a longer one it wants lines alone.
    const oneLine = d.endLine === undefined || d.endLine === d.line;
    if (oneLine && d.col !== undefined) props.push(['col', d.col]);
    if (d.endLine !== undefined && d.endLine >= d.line) props.push(['endLine', d.endLine]);
    // Our end column is exclusive; GitHub's is the last column of the span.
    if (oneLine && d.col !== undefined && d.endCol !== undefined && d.endCol - 1 >= d.col) props.push(['endColumn', d.endCol - 1]);
  }
  props.push(['title', d.code]);
  // printable: the Actions log interprets escape sequences, and a value from a plan must not restyle it.
  const message = printable([d.message, expectedFound(d, report.lang)].filter(Boolean).join('\n'));
  return `::${COMMAND[d.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}\n`;
}

/** Escapes a command's message: `%`, CR and LF, so that a message can never start a new command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as the message, plus `:` and `,`, which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
