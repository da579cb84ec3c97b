// Splits a CSV export into rows that survive malformed ones: a quote left open (even on the last line)
// or a stray quote costs only its own row, listed with its line number, while every other row is read.
import { parse } from 'csv-parse/sync';
import type { SurveyTable } from './survey-table.js';

// Kobo writes ";" by default, ODK Central ",": the header line tells which.
function delimiterOf(firstLine: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

/** The table of a CSV text (BOM removed), with malformed records as `malformed` rows (line numbers of the file). */
export function csvTable(text: string): SurveyTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const delimiter = delimiterOf(lines[0] ?? '');
  const rows: SurveyTable['rows'] = [];
  const malformed: NonNullable<SurveyTable['malformed']> = [];
  let headers: string[] | undefined;
  // Parse from line `from` (0-based); a quote left open swallows the rest of the file, so the parse
  // restarts after the line that opened it. Other bad records are skipped by the parser itself.
  let from = 0;
  while (from < lines.length) {
    const errors: Array<{ code?: string; lines: number; message?: string }> = [];
    const records = parse(lines.slice(from).join('\n'), {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      info: true,
      on_skip: (err: { code?: string; lines?: number; message?: string } | undefined) =>
        errors.push({ code: err?.code, lines: err?.lines ?? 0, message: err?.message }),
    } as never) as Array<{ record: string[]; info: { lines: number } }>;
    // Each record's first line is the line after the previous record's last one.
    let prevEnd = 0;
    const ends: number[] = [];
    for (const r of records) {
      // A record skipped just before this one ends where this one begins.
      const skipped = errors.filter((e) => e.lines < r.info.lines).reduce((m, e) => Math.max(m, e.lines), 0);
      const start = Math.max(prevEnd, skipped);
      if (!headers) headers = r.record.map((h) => h.trim());
      else rows.push({ row: from + start + 1, cells: r.record });
      prevEnd = r.info.lines;
      ends.push(prevEnd);
    }
    let restart: number | undefined;
    for (const e of errors) {
      const before = ends.filter((x) => x < e.lines).pop() ?? 0;
      const row = from + before + 1;
      if (malformed.some((m) => m.row === row)) continue;
      malformed.push({ row, reason: e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosed quote' : (e.message ?? 'unreadable row').replace(/:.*$/s, '') });
      if (e.code === 'CSV_QUOTE_NOT_CLOSED') restart = row;
    }
    if (restart === undefined) break;
    from = restart;
  }
  // A trailing newline gives an empty last line, which is no row.
  while (rows.length && rows[rows.length - 1]!.cells.length === 1 && rows[rows.length - 1]!.cells[0] === '' && rows[rows.length - 1]!.row === lines.length)
    rows.pop();
  return { headers: headers ?? [], rows, ...(malformed.length ? { malformed } : {}) };
}
