// Writes the follow-up template as CSV (UTF-8 with a byte-order mark, so that a spreadsheet shows the
// Arabic) or XLSX, and reads a filled-in one back. The CSV reader and the workbook libraries are loaded
// only when a template is written or imported.
import path from 'node:path';
import type { Template } from '../core/followup/template.js';
import type { SurveyTable } from '../core/survey/survey-table.js';
import { writeFileAtomic } from './atomic-write.js';

export type TemplateFormat = 'csv' | 'xlsx';

/** The template's format from `--format`, else from the file's extension (CSV by default). */
export const templateFormat = (file: string, format?: string): TemplateFormat =>
  format === 'xlsx' || format === 'csv' ? format : path.extname(file).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';

/** The bytes of the template in a format. */
export async function templateBytes(t: Template, format: TemplateFormat, rtl: boolean): Promise<string | Uint8Array> {
  if (format === 'csv') {
    const { toCsv } = await import('../core/export/dictionary.js');
    return (
      '\uFEFF' +
      toCsv(
        t.columns.map((c) => c.header),
        t.rows,
      )
    );
  }
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const head = t.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const, wrap: true }));
  // What the plan gives is greyed: the service fills in the white columns.
  const body = t.rows.map((r) => r.map((v, i) => (t.columns[i]!.given ? { value: v, backgroundColor: '#EEEEEE' } : { value: v })));
  const buf = await writeXlsxFile(
    [head, ...body] as never,
    {
      sheet: 'followup',
      stickyRowsCount: 1,
      rightToLeft: rtl,
      columns: t.columns.map((c) => ({ width: c.key === 'title' ? 40 : c.key.startsWith('reason') ? 30 : 16 })),
    } as never,
  ).toBuffer();
  return new Uint8Array(buf);
}

/** Writes the template atomically; an existing file is replaced only with `force`. */
export async function writeTemplate(file: string, bytes: string | Uint8Array, force: boolean): Promise<void> {
  await writeFileAtomic(file, bytes, { overwrite: force });
}

/** Reads a filled-in template (.csv or .xlsx) as a table with each row's number in the file. */
export async function readTemplate(file: string): Promise<SurveyTable> {
  const { readSurveyTable } = await import('./survey-import.js');
  return readSurveyTable(file);
}
