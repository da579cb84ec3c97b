// Generates docs/format-reference.md from the schemas: one table of fields per file kind, with the
// French and Arabic titles, so the reference can never drift from what the validator enforces.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_KINDS, KIND_FILES } from '../core/schema/kinds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON Schema walked key by key, of any shape
type Schema = Record<string, any>;

/** The whole reference document. */
export function formatReference(): string {
  const common: Schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'common.json'), 'utf8'));
  const out = [
    '# Plan file reference',
    '',
    'Generated from `schemas/*.json` by `node dist/build/gen-format-doc.js`; a test fails when it is stale.',
    'Required fields are in **bold**. Types: `text` is a bilingual `{ar, fr}` object (`ar` required);',
    '`amount` is a whole number of dirhams; `date` is `YYYY-MM-DD`; `by-year` maps a year (`"2024"`) to an amount.',
    '',
  ];
  for (const kind of SCHEMA_KINDS) {
    const s: Schema = JSON.parse(readFileSync(path.join(root, 'schemas', `${kind}.json`), 'utf8'));
    const file = kind === 'project' ? 'projects/<ID>.yaml' : kind === 'followup' ? 'followup/<YEAR>.yaml' : KIND_FILES[kind];
    out.push(`## ${file}`, '', s.title, '', '| field | type | required | meaning |', '|---|---|---|---|');
    walk(s, '', common, out);
    out.push('');
  }
  return out.join('\n');
}

function walk(s: Schema, prefix: string, common: Schema, out: string[]): void {
  const req = new Set<string>(s.required ?? []);
  for (const [name, p] of Object.entries<Schema>(s.properties ?? {})) {
    const field = prefix + name;
    out.push(`| ${req.has(name) ? `**${field}**` : field} | ${typeOf(p, common)} | ${req.has(name) ? 'yes' : ''} | ${(p.title ?? '').replace(/\|/g, '\\|')} |`);
    const inner = p.type === 'array' ? p.items : p;
    if (inner?.type === 'object' && inner.properties) walk(inner, `${field}${p.type === 'array' ? '[]' : ''}.`, common, out);
  }
}

function typeOf(p: Schema, common: Schema): string {
  if (p.$ref) {
    const name = String(p.$ref).split('/').pop()!;
    const def = common.$defs[name];
    if (def?.enum) return def.enum.map((v: unknown) => `\`${v}\``).join(' ');
    return { text: 'text', textList: 'text[]', idList: 'id[]', byYear: 'by-year', sexSplit: '{men, women}' }[name] ?? name;
  }
  if (p.enum) return p.enum.map((v: unknown) => `\`${v}\``).join(' ');
  if (p.const !== undefined) return `\`${p.const}\``;
  if (p.type === 'array') return `${p.items?.$ref ? typeOf(p.items, common) : p.items?.type === 'object' ? 'object' : typeOf(p.items ?? {}, common)}[]`;
  return p.type ?? 'any';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(path.join(root, 'docs', 'format-reference.md'), formatReference() + '\n');
}
