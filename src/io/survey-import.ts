// Reads a questionnaire export (KoboToolbox / ODK, CSV or XLSX) into a table with each row's number
// in the file. exceljs and csv-parse are loaded only when an import runs.
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
  if (typeof v === 'object') {
    const o = v as { text?: unknown; richText?: Array<{ text: string }>; result?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return String(o.text);
    if (o.result !== undefined) return cellText(o.result);
  }
  return String(v);
}

async function readXlsx(file: string): Promise<SurveyTable> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  if (!ws) return { headers: [], rows: [] };
  const width = ws.getRow(1).cellCount;
  const headers: string[] = [];
  for (let c = 1; c <= width; c++) headers.push(cellText(ws.getRow(1).getCell(c).value).trim());
  const rows: SurveyTable['rows'] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    // A row with cells beyond the header's width is malformed: keep them so it is reported.
    const n = Math.max(width, row.cellCount);
    const cells: string[] = [];
    for (let c = 1; c <= n; c++) cells.push(cellText(row.getCell(c).value));
    while (cells.length > width && !cells[cells.length - 1]) cells.pop();
    rows.push({ row: r, cells });
  }
  return { headers, rows };
}
