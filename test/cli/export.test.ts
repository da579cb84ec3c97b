// `plan export` end to end: export examples/oulmes, read every file back with ordinary libraries
// (csv-parse, read-excel-file, JSON.parse) and check the money against the programme.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { loadWorkspace } from '../../src/io/load-workspace.js';
import { programmeView } from '../../src/core/render/programme-view.js';
import { COLUMNS, TABLE_NAMES } from '../../src/core/export/tables.js';

const oulmes = path.resolve(__dirname, '../../examples/oulmes');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'plan-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('plan export', async () => {
  const out = path.join(tmp, 'all');
  const run = await runCli(['export', oulmes, '--out', out, '--lang', 'en']);
  const { plan } = await loadWorkspace(oulmes, { lang: 'en' });
  const total = programmeView(plan).total;

  it('writes every file and says the programme total', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const f of ['projects.csv', 'financing.csv', 'indicators.csv', 'indicator_targets.csv', 'dictionary.csv', 'plan.xlsx', 'plan.json'])
      expect(statSync(path.join(out, f)).size, f).toBeGreaterThan(0);
    expect(run.stdout).toContain(`Programme total: ${new Intl.NumberFormat('en').format(total)} MAD`);
  });

  it('the CSVs load with csv-parse, with the columns of the tables, and the financing adds up to the programme', () => {
    for (const t of TABLE_NAMES) {
      const rows: Record<string, string>[] = parse(readFileSync(path.join(out, `${t}.csv`), 'utf8'), { columns: true });
      expect(rows.length, t).toBeGreaterThan(0);
      expect(Object.keys(rows[0]!)).toEqual(COLUMNS[t].map((c) => c.name));
    }
    const fin: Record<string, string>[] = parse(readFileSync(path.join(out, 'financing.csv'), 'utf8'), { columns: true });
    expect(fin.reduce((s, r) => s + Number(r.amount), 0)).toBe(total);
    const projects: Record<string, string>[] = parse(readFileSync(path.join(out, 'projects.csv'), 'utf8'), { columns: true });
    expect(projects.find((p) => p.project === 'P01')!.title_ar).toContain('أولماس');
  });

  it('the data dictionary (CSV) lists every column of every table', () => {
    const dict: Record<string, string>[] = parse(readFileSync(path.join(out, 'dictionary.csv'), 'utf8'), { columns: true });
    expect(dict.map((d) => `${d.table}.${d.column}`).sort()).toEqual(TABLE_NAMES.flatMap((t) => COLUMNS[t].map((c) => `${t}.${c.name}`)).sort());
    for (const d of dict) expect(d.meaning_en && d.meaning_fr && d.meaning_ar, d.column).toBeTruthy();
  });

  it('the XLSX opens with read-excel-file: a sheet per table with Arabic then French headers, and the dictionary', async () => {
    const sheets = await readXlsxFile(path.join(out, 'plan.xlsx'));
    expect(sheets.map((s) => s.sheet)).toEqual([...TABLE_NAMES, 'dictionary']);
    const fin = sheets.find((s) => s.sheet === 'financing')!.data;
    expect(fin[0]).toContain('المبلغ (درهم)');
    expect(fin[1]).toContain('Montant (MAD)');
    const amount = fin[1]!.indexOf('Montant (MAD)');
    expect(fin.slice(2).reduce((s, r) => s + Number(r[amount]), 0)).toBe(total);
    const dict = sheets.find((s) => s.sheet === 'dictionary')!.data.slice(2);
    expect(dict).toHaveLength(TABLE_NAMES.reduce((n, t) => n + COLUMNS[t].length, 0));
  });

  it('the JSON parses, with the tables, the total and the dictionary', () => {
    const json = JSON.parse(readFileSync(path.join(out, 'plan.json'), 'utf8'));
    expect(json.programme_total).toBe(total);
    expect(json.tables.financing.reduce((s: number, r: { amount: number }) => s + r.amount, 0)).toBe(total);
    expect(Object.keys(json.tables)).toEqual([...TABLE_NAMES]);
    expect(json.dictionary).toHaveLength(TABLE_NAMES.reduce((n, t) => n + COLUMNS[t].length, 0));
  });

  it('refuses to overwrite without --force, and leaves the files as they were', async () => {
    const before = readFileSync(path.join(out, 'plan.json'), 'utf8');
    const again = await runCli(['export', oulmes, '--out', out, '--format', 'json', '--lang', 'en']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/plan\.json.*--force/);
    expect(readFileSync(path.join(out, 'plan.json'), 'utf8')).toBe(before);
    const forced = await runCli(['export', oulmes, '--out', out, '--format', 'json', '--force', '--lang', 'en']);
    expect(forced.code).toBe(0);
  });

  it('--format csv writes only the CSVs', async () => {
    const only = path.join(tmp, 'csv');
    expect((await runCli(['export', oulmes, '--out', only, '--format', 'csv'])).code).toBe(0);
    expect(() => statSync(path.join(only, 'plan.xlsx'))).toThrow();
    expect(statSync(path.join(only, 'dictionary.csv')).isFile()).toBe(true);
  });

  it('refuses a workspace with a file that fails its schema (its rows would be missing), and writes nothing', async () => {
    const ws = path.join(tmp, 'broken');
    cpSync(oulmes, ws, { recursive: true });
    writeFileSync(path.join(ws, 'finance.yaml'), 'currency: EUR\n');
    const dest = path.join(tmp, 'broken-out');
    const r = await runCli(['export', ws, '--out', dest, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot export');
    expect(r.stderr).toContain('finance');
    expect(() => statSync(dest)).toThrow();
  });
});
