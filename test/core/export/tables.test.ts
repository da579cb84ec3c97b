// The export's tables and dictionary, built from examples/oulmes: the money adds up to the programme the
// document prints, and the dictionary describes every column from the schemas' own words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../src/io/load-workspace.js';
import { exportTables, COLUMNS, TABLE_NAMES } from '../../../src/core/export/tables.js';
import { dataDictionary, schemaMeaning, toCsv } from '../../../src/core/export/dictionary.js';
import { programmeView } from '../../../src/core/render/programme-view.js';
import { loadSchemas } from '../../../src/io/export-files.js';
import { exportMessages } from '../../../src/i18n/export.js';
import { lookup } from '../../../src/i18n/catalog.js';

const oulmes = path.resolve(__dirname, '../../../examples/oulmes');

describe('export tables', () => {
  it('financing rows add up to the programme total, per project too', async () => {
    const { plan } = await loadWorkspace(oulmes, { lang: 'en' });
    const { tables, programme } = exportTables(plan);
    const view = programmeView(plan);
    expect(programme.total).toBe(view.total);
    expect(view.total).toBeGreaterThan(0);
    const fin = tables.find((t) => t.name === 'financing')!;
    const amount = fin.columns.findIndex((c) => c.name === 'amount');
    const project = fin.columns.findIndex((c) => c.name === 'project');
    expect(fin.rows.reduce((s, r) => s + (r[amount] as number), 0)).toBe(view.total);
    const projects = tables.find((t) => t.name === 'projects')!;
    const cost = projects.columns.findIndex((c) => c.name === 'programme_cost');
    expect(projects.rows.reduce((s, r) => s + (r[cost] as number), 0)).toBe(view.total);
    for (const [id, p] of view.projects) {
      const sum = fin.rows.filter((r) => r[project] === id).reduce((s, r) => s + (r[amount] as number), 0);
      expect(sum, id).toBe(p.programmed ? p.cost : 0);
    }
  });

  it('every row has one cell per column and every table carries the commune', async () => {
    const { plan } = await loadWorkspace(oulmes, { lang: 'en' });
    for (const t of exportTables(plan).tables) {
      expect(t.rows.length, t.name).toBeGreaterThan(0);
      for (const r of t.rows) expect(r).toHaveLength(t.columns.length);
      expect(t.rows[0]![0]).toBe('OULMES');
    }
  });
});

describe('data dictionary', () => {
  const dict = dataDictionary(loadSchemas(), (k, l) => lookup(exportMessages, k, l));
  it('lists every column of every table, with a meaning in ar, fr and en', () => {
    const listed = dict.map((d) => `${d.table}.${d.column}`);
    const all = TABLE_NAMES.flatMap((t) => COLUMNS[t].map((c) => `${t}.${c.name}`));
    expect(listed).toEqual(all);
    for (const d of dict) {
      for (const k of ['header_ar', 'header_fr', 'meaning_ar', 'meaning_fr', 'meaning_en'] as const) {
        expect(d[k], `${d.table}.${d.column}.${k}`).toBeTruthy();
        // A key left untranslated would show as the key itself.
        expect(d[k], `${d.table}.${d.column}.${k}`).not.toMatch(/^(col|def|lang)\./);
      }
      expect(d.meaning_ar).toMatch(/[\u0600-\u06FF]/);
    }
  });
  it('takes the Arabic and French meaning of a schema column from the schema itself', () => {
    const schemas = loadSchemas();
    const level = dict.find((d) => d.table === 'indicators' && d.column === 'level')!;
    const own = schemaMeaning((schemas.indicators as any).properties.indicators.items.properties.level);
    expect(own.fr).toBe('Niveau (chaîne de résultats)');
    expect(level.meaning_fr).toContain(own.fr);
    expect(level.meaning_ar).toContain(own.ar);
    expect(level.source).toBe('schemas/indicators.json#/properties/indicators/items/properties/level');
  });
  it('every source points at a field that exists in its schema', () => {
    for (const d of dict.filter((x) => x.source)) expect(schemaMeaning(resolve(d.source!)).fr, d.source!).toBeTruthy();
    function resolve(src: string) {
      const [file, pointer] = src.replace('schemas/', '').split('#');
      let node: any = loadSchemas([file!.replace('.json', '')])[file!.replace('.json', '')];
      for (const p of pointer!.split('/').filter(Boolean)) node = node?.[p];
      return node;
    }
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['l1\nl2', null],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"l1\nl2",\r\n');
  });
});

describe('docs/export.md', () => {
  it('names every column of every table', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(path.resolve(__dirname, '../../../docs/export.md'), 'utf8');
    for (const t of TABLE_NAMES) {
      expect(doc, t).toContain(`### ${t === 'indicator_targets' ? 'indicators and indicator_targets' : t}`);
      for (const c of COLUMNS[t]) expect(doc, `${t}.${c.name}`).toContain(`\`${c.name}\``);
    }
  });
});
