// Reads a questionnaire export (KoboToolbox / ODK, CSV or XLSX) into a table with each row's number
// in the file. read-excel-file and csv-parse are loaded only when an import runs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SurveyTable } from '../core/survey/survey-table.js';

/** Reads `file` by its extension (.csv, .xlsx). The first worksheet of a workbook holds the main rows. */
export async function readSurveyTable(file: string): Promise<SurveyTable> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return readXlsx(file);
  if (ext === '.csv' || ext === '.txt') return readCsv(file);
  throw new Error(`unsupported survey file type ${ext || '(none)'}: use .csv or .xlsx`);
}

async function readCsv(file: string): Promise<SurveyTable> {
  const { csvTable } = await import('../core/survey/csv-rows.js');
  return csvTable(await readFile(file, 'utf8'));
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().replace('T00:00:00.000Z', '');
  return String(v);
}

async function readXlsx(file: string): Promise<SurveyTable> {
  const { readSheet } = await import('read-excel-file/node');
  // Numbers keep the text the file holds ("48", not 48); cells are not trimmed (only headers are).
  const data = await readSheet(file, 1, { parseNumber: (text: string) => text, trim: false });
  const [first = [], ...rest] = data;
  const headers = first.map((v) => cellText(v).trim());
  while (headers.length > 0 && !headers[headers.length - 1]) headers.pop();
  const width = headers.length;
  // Row r of the sheet is data[r - 1]: the reader keeps empty rows inside the table.
  const rows: SurveyTable['rows'] = rest.map((row, i) => {
    // A row with cells beyond the header's width is malformed: keep them so it is reported.
    const cells = row.map(cellText);
    while (cells.length < width) cells.push('');
    while (cells.length > width && !cells[cells.length - 1]) cells.pop();
    return { row: i + 2, cells };
  });
  return { headers, rows };
}
