// The data dictionary of the export: for every column of every table, its name, its type, the schema
// field it comes from and its meaning in Arabic, French and English. The Arabic and French meanings are
// the schema's own words (the field's title and description), so the dictionary follows the schemas;
// English, which the schemas do not carry, and the columns the tool computes come from the catalogue.
import type { Lang } from '../diagnostics/diagnostic.js';
import { COLUMNS, TABLE_NAMES, type Cell, type ColumnDef, type Table, type TableName } from './tables.js';

type Schema = { [key: string]: unknown };
/** Translates a catalogue key (src/i18n/export.ts). */
export type Words = (key: string, lang: Lang) => string;

/** The field a `<kind>#<pointer>` source points at, or undefined. */
export function schemaField(schemas: Record<string, Schema>, source: string): Schema | undefined {
  const [kind, pointer = ''] = source.split('#');
  let node: unknown = schemas[kind!];
  for (const part of pointer.split('/').filter(Boolean)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Schema)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return typeof node === 'object' && node !== null ? (node as Schema) : undefined;
}

const ARABIC = /[\u0600-\u06FF]/;

/** A field's meaning in French and Arabic: its description "fr — ar" (or its title "fr / ar"). */
export function schemaMeaning(field: Schema | undefined): { fr?: string; ar?: string } {
  for (const [s, sep] of [
    [field?.description, ' — '],
    [field?.title, ' / '],
  ] as const) {
    if (typeof s !== 'string') continue;
    let i = s.indexOf(sep);
    while (i >= 0 && !ARABIC.test(s.slice(i + sep.length))) i = s.indexOf(sep, i + 1);
    // The first separator whose right part is Arabic and whose left part is not.
    while (i >= 0 && ARABIC.test(s.slice(0, i))) i = -1;
    if (i > 0) return { fr: s.slice(0, i).trim(), ar: s.slice(i + sep.length).trim() };
  }
  return {};
}

/** A column's base name: `title_ar` → `title` for a bilingual text column. */
export const baseName = (c: ColumnDef): string => (c.textLang ? c.name.slice(0, -3) : c.name);

/** A column's header in one language: the catalogue's, with the language of a bilingual text. */
export function header(c: ColumnDef, lang: Lang, words: Words): string {
  const h = words(`col.${baseName(c)}`, lang);
  return c.textLang ? `${h} (${words(`lang.${c.textLang}`, lang)})` : h;
}

/** One entry of the data dictionary. */
export interface DictionaryEntry {
  table: TableName;
  column: string;
  type: ColumnDef['type'];
  source: string | null;
  header_ar: string;
  header_fr: string;
  meaning_ar: string;
  meaning_fr: string;
  meaning_en: string;
}

/** The dictionary of every column of every table. */
export function dataDictionary(schemas: Record<string, Schema>, words: Words): DictionaryEntry[] {
  const out: DictionaryEntry[] = [];
  for (const table of TABLE_NAMES)
    for (const c of COLUMNS[table]) {
      const base = baseName(c);
      const fromSchema = c.source ? schemaMeaning(schemaField(schemas, c.source)) : {};
      const meaning = (lang: Lang): string => {
        const own = lang === 'en' ? undefined : fromSchema[lang];
        const def = words(`def.${base}`, lang);
        // A part of a field (latitude of gps) or one language of a text says which part, then the field.
        const said = own ?? def;
        const part = c.textLang ? ` (${words(`lang.${c.textLang}`, lang)})` : '';
        return own && own !== def ? `${def}${part} — ${own}` : `${said}${part}`;
      };
      out.push({
        table,
        column: c.name,
        type: c.type,
        source: c.source ? `schemas/${c.source.replace('#', '.json#')}` : null,
        header_ar: header(c, 'ar', words),
        header_fr: header(c, 'fr', words),
        meaning_ar: meaning('ar'),
        meaning_fr: meaning('fr'),
        meaning_en: meaning('en'),
      });
    }
  return out;
}

export const DICTIONARY_COLUMNS = ['table', 'column', 'type', 'source', 'header_ar', 'header_fr', 'meaning_ar', 'meaning_fr', 'meaning_en'] as const;

/** The dictionary as rows of cells, in DICTIONARY_COLUMNS order. */
export const dictionaryRows = (d: DictionaryEntry[]): Cell[][] => d.map((e) => DICTIONARY_COLUMNS.map((k) => e[k]));

/** A table as CSV text (RFC 4180: quoted when needed, CRLF line ends), with the machine names as header. */
export function toCsv(columns: readonly string[], rows: readonly Cell[][]): string {
  const cell = (v: Cell): string => {
    if (v === null) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns, ...rows].map((r) => r.map((v) => cell(v as Cell)).join(',')).join('\r\n') + '\r\n';
}

/** Table → array of objects keyed by column name (the JSON export). */
export const tableObjects = (t: Table): Array<Record<string, Cell>> => t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.name, r[i] ?? null])));
