// Writes the open-data export of a plan: CSV (one UTF-8 file per table and the data dictionary), one
// XLSX workbook (a sheet per table with Arabic and French headers, and the dictionary) and one JSON
// file (tables and dictionary). Every file goes through the atomic writer; none is replaced without
// `force`, and an existing file stops the export before anything is written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDictionary, DICTIONARY_COLUMNS, dictionaryRows, header, tableObjects, toCsv, type Words } from '../core/export/dictionary.js';
import type { ExportData } from '../core/export/tables.js';
import { PACKAGE_ROOT } from './package-root.js';
import { exists, FileExistsError, writeFileAtomic } from './atomic-write.js';

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'json'];

/** The schemas the dictionary reads its meanings from, as shipped with the package. */
export function loadSchemas(kinds: readonly string[] = ['commune', 'project', 'finance', 'indicators', 'followup']): Record<string, Record<string, unknown>> {
  return Object.fromEntries(kinds.map((k) => [k, JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas', `${k}.json`), 'utf8'))]));
}

/** The files of an export, by name, before they are written. */
export async function exportFiles(data: ExportData, formats: readonly ExportFormat[], words: Words): Promise<Map<string, string | Uint8Array>> {
  const dictionary = dataDictionary(loadSchemas(), words);
  const files = new Map<string, string | Uint8Array>();
  if (formats.includes('csv')) {
    for (const t of data.tables)
      files.set(
        `${t.name}.csv`,
        toCsv(
          t.columns.map((c) => c.name),
          t.rows,
        ),
      );
    files.set('dictionary.csv', toCsv(DICTIONARY_COLUMNS, dictionaryRows(dictionary)));
  }
  if (formats.includes('xlsx')) {
    // Loaded only here: the workbook writer is not needed by any other command.
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
    const sheets = data.tables.map((t) => ({
      sheet: t.name as string,
      // Two header rows: Arabic, then French; the dictionary sheet gives each column's machine name.
      data: [t.columns.map((c) => bold(header(c, 'ar', words))), t.columns.map((c) => bold(header(c, 'fr', words))), ...t.rows],
      stickyRowsCount: 2,
      columns: t.columns.map((c) => ({ width: c.type === 'string' ? 30 : 14 })),
    }));
    sheets.push({
      sheet: 'dictionary',
      data: [
        DICTIONARY_COLUMNS.map((k) => bold(words(`dict.${k}`, 'ar'))),
        DICTIONARY_COLUMNS.map((k) => bold(words(`dict.${k}`, 'fr'))),
        ...dictionaryRows(dictionary),
      ],
      stickyRowsCount: 2,
      columns: DICTIONARY_COLUMNS.map((k) => ({ width: k.startsWith('meaning') ? 60 : 22 })),
    });
    files.set('plan.xlsx', new Uint8Array(await writeXlsxFile(sheets).toBuffer()));
  }
  if (formats.includes('json')) {
    const json = {
      currency: 'MAD',
      programme_total: data.programme.total,
      tables: Object.fromEntries(data.tables.map((t) => [t.name, tableObjects(t)])),
      dictionary,
    };
    files.set('plan.json', JSON.stringify(json, null, 2) + '\n');
  }
  return files;
}

/** Writes the files into `dir`; without `force`, refuses (FileExistsError) before writing any when one exists. */
export async function writeExport(dir: string, files: Map<string, string | Uint8Array>, force: boolean): Promise<string[]> {
  const targets = [...files.keys()].map((name) => path.join(dir, name));
  if (!force) for (const f of targets) if (await exists(f)) throw new FileExistsError(f);
  for (const [name, content] of files) await writeFileAtomic(path.join(dir, name), content, { overwrite: force });
  return targets;
}
