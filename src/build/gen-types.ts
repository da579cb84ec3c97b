// Generates src/core/plan/schema-types.ts from schemas/*.json, so the TypeScript types never drift
// from the schemas (the schemas are the single source of truth). Run: npm run build && npm run gen
import { compile } from 'json-schema-to-typescript';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { SCHEMA_KINDS } from '../core/schema/kinds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the whole generated file as a string (used by the generator and by the drift test). */
export async function generateTypes(): Promise<string> {
  const parts: string[] = ['/* eslint-disable */', '// GENERATED from schemas/*.json by src/build/gen-types.ts: do not edit by hand.', ''];
  const seen = new Set<string>();
  const common = JSON.parse(await readFile(path.join(root, 'schemas', 'common.json'), 'utf8'));
  stripTitles(common);
  // Inline the shared definitions under names that read well in TypeScript.
  const defs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(common.$defs as Record<string, unknown>)) defs[typeName(k)] = v;
  const fix = (text: string): string => text.replace(/"(?:common\.json)?#\/\$defs\/(\w+)"/g, (_m, k: string) => `"#/$defs/${typeName(k)}"`);
  for (const kind of SCHEMA_KINDS) {
    const schema = JSON.parse(fix(await readFile(path.join(root, 'schemas', `${kind}.json`), 'utf8')));
    delete schema.$id;
    stripTitles(schema);
    schema.title = pascal(kind) + 'File';
    schema.$defs = JSON.parse(fix(JSON.stringify(defs)));
    const ts = await compile(schema, pascal(kind) + 'File', {
      bannerComment: '',
      additionalProperties: false,
      strictIndexSignatures: true,
      format: true,
      declareExternallyReferenced: true,
      unreachableDefinitions: false,
    });
    // Drop duplicate declarations of shared types pulled in by several files.
    for (const block of topLevelBlocks(ts)) {
      const name = /^export (?:interface|type) (\w+)/m.exec(block)?.[1];
      if (name && seen.has(name)) continue;
      if (name) seen.add(name);
      parts.push(block);
    }
  }
  return parts.join('\n') + '\n';
}

/** Keywords whose value maps names to schemas: their keys are property names, not keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

/**
 * Titles are for people (bilingual); type names come from file kinds and $defs keys instead. Only the
 * `title` keyword goes: a property *named* title (the plan's, a project's) stays.
 */
function stripTitles(node: unknown, isMap = false): void {
  if (Array.isArray(node)) node.forEach((v) => stripTitles(v));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (!isMap) {
      delete o.title;
      // A $ref with sibling keywords would become a new named type (Text1, Text2…): keep the bare $ref.
      if (typeof o.$ref === 'string') for (const k of Object.keys(o)) if (k !== '$ref') delete o[k];
    }
    for (const [k, v] of Object.entries(o)) stripTitles(v, !isMap && SCHEMA_MAPS.has(k));
  }
}

/** Splits formatted TypeScript into top-level declarations, each with its leading doc comment. */
function topLevelBlocks(ts: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let hasDecl = false;
  for (const line of ts.split('\n')) {
    const startsTop = line.startsWith('/**') || line.startsWith('export ');
    if (startsTop && hasDecl) {
      blocks.push(current.join('\n').trim());
      current = [];
      hasDecl = false;
    }
    if (line.startsWith('export ')) hasDecl = true;
    current.push(line);
  }
  if (current.join('').trim()) blocks.push(current.join('\n').trim());
  return blocks;
}

/** TypeScript name of a shared definition (date becomes IsoDate, not to shadow the global Date). */
function typeName(key: string): string {
  return key === 'date' ? 'IsoDate' : pascal(key);
}

function pascal(s: string): string {
  return s.replace(/(^|[-_])(\w)/g, (_m, _d, c: string) => c.toUpperCase());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = path.join(root, 'src/core/plan/schema-types.ts');
  await writeFile(out, await generateTypes());
  console.log(`wrote ${path.relative(root, out)}`);
}
