// plan export carries the follow-up (followup/<year>.yaml) as three tables: rebuilt from the CSV, the
// XLSX and the JSON files, they give back the follow-up of the workspace, value for value.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { loadWorkspace } from '../../src/io/load-workspace.js';
import { COLUMNS } from '../../src/core/export/tables.js';

const oulmes = path.resolve(__dirname, '../../examples/oulmes');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'plan-track-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Row = Record<string, string | number | null>;
const blank = (v: unknown) => v === null || v === undefined || v === '';
const num = (v: unknown) => (blank(v) ? undefined : Number(v));
const str = (v: unknown) => (blank(v) ? undefined : String(v));
const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The follow-up files' data, rebuilt from the three tables. */
function rebuild(followup: Row[], money: Row[], values: Row[]) {
  const years = [...new Set([...followup, ...values].map((r) => Number(r.year)))].sort();
  return years.map((year) => {
    const projects = followup
      .filter((r) => Number(r.year) === year)
      .map((r) => {
        const m = money.filter((x) => Number(x.year) === year && x.project === r.project);
        const map = (k: string) => {
          const o = Object.fromEntries(m.filter((x) => !blank(x[k])).map((x) => [String(x.partner), Number(x[k])]));
          return Object.keys(o).length ? o : undefined;
        };
        return clean({
          project: str(r.project),
          status: str(r.execution_status),
          progress: num(r.progress),
          committed: map('committed'),
          paid: map('paid'),
          started_on: str(r.started_on),
          delivered_on: str(r.delivered_on),
          reason: str(r.reason_ar) ? clean({ ar: str(r.reason_ar), fr: str(r.reason_fr) }) : undefined,
          decision: str(r.decision_number) ? { number: str(r.decision_number), date: str(r.decision_date) } : undefined,
          moved_to: num(r.moved_start_year) ? { start_year: num(r.moved_start_year), end_year: num(r.moved_end_year) } : undefined,
        });
      });
    const indicators = values
      .filter((r) => Number(r.year) === year)
      .map((r) => clean({ indicator: str(r.indicator), value: num(r.value), measured_on: str(r.measured_on), source: str(r.measure_source) }));
    return { year, projects, indicators };
  });
}

describe('plan export: the follow-up tables', async () => {
  const out = path.join(tmp, 'all');
  const run = await runCli(['export', oulmes, '--out', out, '--lang', 'en']);
  const { plan } = await loadWorkspace(oulmes, { lang: 'en' });
  // What the workspace holds, in the shape the tables can give back (files sorted by year).
  const expected = [...plan.followup]
    .sort((a, b) => a.data.year - b.data.year)
    .map(({ data }) => ({ year: data.year, projects: data.projects ?? [], indicators: data.indicators ?? [] }));

  it('has two years of follow-up to export', () => {
    expect(run.code).toBe(0);
    expect(expected.map((f) => f.year)).toEqual([2023, 2024]);
  });

  it('round-trips through the CSV files', () => {
    const csv = (t: string): Row[] => parse(readFileSync(path.join(out, `${t}.csv`), 'utf8'), { columns: true });
    const followup = csv('followup');
    expect(Object.keys(followup[0]!)).toEqual(COLUMNS.followup.map((c) => c.name));
    expect(rebuild(followup, csv('followup_money'), csv('indicator_values'))).toEqual(expected);
  });

  it('round-trips through the XLSX workbook (Arabic and French headers, then the rows)', async () => {
    const sheets = await readXlsxFile(path.join(out, 'plan.xlsx'));
    const table = (name: keyof typeof COLUMNS): Row[] => {
      const data = sheets.find((s) => s.sheet === name)!.data;
      expect(data[1]).toContain(name === 'followup_money' ? 'Montant payé (MAD)' : name === 'followup' ? 'Avancement (%)' : 'Valeur mesurée');
      return data
        .slice(2)
        .map((r) =>
          Object.fromEntries(COLUMNS[name].map((c, i) => [c.name, r[i] instanceof Date ? (r[i] as Date).toISOString().slice(0, 10) : (r[i] as Row[string])])),
        );
    };
    expect(rebuild(table('followup'), table('followup_money'), table('indicator_values'))).toEqual(expected);
  });

  it('round-trips through the JSON file, and the dictionary explains every follow-up column', () => {
    const json = JSON.parse(readFileSync(path.join(out, 'plan.json'), 'utf8'));
    expect(rebuild(json.tables.followup, json.tables.followup_money, json.tables.indicator_values)).toEqual(expected);
    const dict = json.dictionary.filter((d: { table: string }) => d.table.startsWith('followup') || d.table === 'indicator_values');
    expect(dict).toHaveLength(COLUMNS.followup.length + COLUMNS.followup_money.length + COLUMNS.indicator_values.length);
    const status = dict.find((d: { column: string }) => d.column === 'execution_status');
    expect(status).toMatchObject({ source: 'schemas/followup.json#/properties/projects/items/properties/status', header_ar: 'وضعية الإنجاز' });
    expect(status.meaning_ar).toContain('وضعية الإنجاز');
  });
});
