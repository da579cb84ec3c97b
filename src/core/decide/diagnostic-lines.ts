// Diagnostics of the decision commands as lines `file:line:col  severity  message  code`, like the pretty reporter.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';

/** One line per diagnostic (sorted), with what was expected and found when known. */
export function diagnosticLines(ds: readonly Diagnostic[]): string {
  return [...ds]
    .sort(compareDiagnostics)
    .map((d) => {
      const at = d.line !== undefined ? `${d.file}:${d.line}:${d.col ?? 1}` : d.file || '—';
      const ef = d.expected !== undefined || d.found !== undefined ? `  (expected ${d.expected ?? '—'}, found ${d.found ?? '—'})` : '';
      return `${at}  ${d.severity}  ${d.message}  ${d.code}${ef}`;
    })
    .join('\n');
}
