// Publishes the schemas for editors: the YAML extension of VS Code (yaml-language-server) reads JSON
// Schema draft-07 at most, and resolves cross-file references poorly offline. So each 2020-12 schema
// becomes one self-contained draft-07 file under schemas/draft-07/, with the shared definitions of
// common.json bundled in. Run: node dist/build/draft07.js
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_KINDS, schemaId, type SchemaKind } from '../core/schema/kinds.js';
import { PACKAGE_ROOT } from '../io/package-root.js';

/** A JSON Schema object as read from a file. */
export type JsonSchema = { [keyword: string]: unknown };

/** The meta-schema URI every converted schema declares. */
export const DRAFT07 = 'http://json-schema.org/draft-07/schema#';

/** The stable public identifier of a converted schema. */
export const draft07Id = (kind: SchemaKind): string => `https://pac-plan.org/schemas/v1/draft-07/${kind}.json`;

/** Folder of the converted schemas, relative to the package root. */
export const DRAFT07_DIR = path.join('schemas', 'draft-07');

// Keywords whose meaning and value shape are the same in draft-07 and 2020-12: copied as they are.
const PLAIN = new Set([
  'title',
  'description',
  '$comment',
  'type',
  'required',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'readOnly',
  'writeOnly',
  'contentEncoding',
  'contentMediaType',
]);
// Keywords that only describe (for people and editors), never constrain.
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'default', 'examples', 'readOnly', 'writeOnly']);
// Keywords holding instance data, never walked as schemas (an enum value may well look like a keyword).
const DATA = new Set(['enum', 'const', 'default', 'examples']);
// Keywords whose value is one subschema.
const ONE = new Set(['additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'contains']);
// Keywords whose value maps names to subschemas.
const MAP = new Set(['properties', 'patternProperties']);
// Keywords whose value is a list of subschemas.
const LIST = new Set(['allOf', 'anyOf', 'oneOf']);

const COMMON_REF = new RegExp(`^(?:common\\.json|${escape(schemaId('common'))})#/\\$defs/([^/~]+)$`);
const LOCAL_REF = /^#\/\$defs\/([^/~]+)$/;

/**
 * Converts one 2020-12 file schema into a self-contained draft-07 schema, bundling the definitions
 * of common.json it uses. Throws on any keyword or reference it cannot translate faithfully, because
 * an editor schema that silently accepts or rejects other documents than the validator is worse than none.
 */
export function toDraft07(kind: SchemaKind, source: JsonSchema, common: JsonSchema): JsonSchema {
  const file = `${kind}.json`;
  const own = defsOf(source, file);
  const shared = defsOf(common, 'common.json');
  for (const name of Object.keys(own)) if (name in shared) fail(file, '/$defs/' + name, `definition "${name}" is also defined in common.json`);

  // Definitions are emitted in their declaration order, own first, and only when something uses them.
  const used = new Set<string>();
  const useCommon = (name: string, at: string): string => {
    if (!(name in shared)) fail(file, at, `common.json has no definition "${name}"`);
    used.add(name);
    return `#/definitions/${name}`;
  };
  const useOwn = (name: string, at: string): string => {
    if (!(name in own)) fail(file, at, `no definition "${name}"`);
    used.add(name);
    return `#/definitions/${name}`;
  };
  const ownRefs: RefResolver = (ref, at) => {
    const c = COMMON_REF.exec(ref);
    if (c) return useCommon(c[1]!, at);
    const l = LOCAL_REF.exec(ref);
    if (l) return useOwn(l[1]!, at);
    return fail(file, at, `reference "${ref}" is neither common.json#/$defs/<name> nor #/$defs/<name>`);
  };
  // Inside a bundled common definition, "#/$defs/x" means common's own x.
  const commonRefs: RefResolver = (ref, at) => {
    const m = COMMON_REF.exec(ref) ?? LOCAL_REF.exec(ref);
    if (m) return useCommon(m[1]!, at);
    return fail('common.json', at, `reference "${ref}" is not #/$defs/<name>`);
  };

  // Draft-07 would ignore $id next to a root $ref, and no file schema needs one.
  if ('$ref' in source) fail(file, '/$ref', 'a root $ref is not supported');
  const out: JsonSchema = { $schema: DRAFT07, $id: draft07Id(kind) };
  for (const [key, value] of Object.entries(source)) {
    if (key === '$schema' || key === '$id' || key === '$defs') continue;
    Object.assign(out, convertKeyword(key, value, source, `/${key}`, { file, refs: ownRefs }));
  }

  const converted = new Map<string, unknown>();
  for (let pending = [...used]; pending.length > 0; pending = [...used].filter((n) => !converted.has(n))) {
    for (const name of pending) {
      const mine = name in own;
      const ctx = mine ? { file, refs: ownRefs } : { file: 'common.json', refs: commonRefs };
      converted.set(name, convertSchema((mine ? own : shared)[name], `/$defs/${name}`, ctx));
    }
  }
  const order = [...Object.keys(own), ...Object.keys(shared)].filter((n) => converted.has(n));
  if (order.length > 0) out.definitions = Object.fromEntries(order.map((n) => [n, converted.get(n)]));
  return out;
}

type RefResolver = (ref: string, at: string) => string;
interface Context {
  file: string;
  refs: RefResolver;
}

function convertSchema(schema: unknown, at: string, ctx: Context): unknown {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) return fail(ctx.file, at, 'a schema must be an object or a boolean');
  if ('$schema' in schema || '$id' in schema) fail(ctx.file, at, 'nested $schema or $id: embedded resources are not supported');
  if ('$defs' in schema) fail(ctx.file, at, '$defs is only supported at the root');
  let out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) Object.assign(out, convertKeyword(key, value, schema, `${at}/${key}`, ctx));
  // Draft-07 ignores the siblings of $ref. A constraint next to a reference must still count, so the
  // reference moves into allOf. Annotations stay beside it: the YAML extension merges the target under
  // them, so the field's own title wins on hover, whereas inside allOf the shared type's title would.
  if (typeof out.$ref === 'string' && Object.keys(out).some((k) => k !== '$ref' && !ANNOTATIONS.has(k))) {
    const { $ref, allOf, ...rest } = out;
    out = { allOf: [{ $ref }, ...((allOf as unknown[] | undefined) ?? [])], ...rest };
  }
  return out;
}

// One keyword of a subschema → the draft-07 keywords it becomes (possibly none, for a pair handled once).
function convertKeyword(key: string, value: unknown, parent: JsonSchema, at: string, ctx: Context): JsonSchema {
  if (PLAIN.has(key) || DATA.has(key)) return { [key]: value };
  if (key === '$ref') {
    if (typeof value !== 'string') return fail(ctx.file, at, '$ref must be a string');
    return { $ref: ctx.refs(value, at) };
  }
  if (ONE.has(key)) return { [key]: convertSchema(value, at, ctx) };
  if (MAP.has(key)) {
    if (!isObject(value)) return fail(ctx.file, at, `${key} must be an object`);
    return { [key]: mapValues(value, (s, name) => convertSchema(s, `${at}/${pointer(name)}`, ctx)) };
  }
  if (LIST.has(key)) {
    if (!Array.isArray(value)) return fail(ctx.file, at, `${key} must be an array`);
    return { [key]: value.map((s, i) => convertSchema(s, `${at}/${i}`, ctx)) };
  }
  // 2020-12 splits draft-07's array form of items into prefixItems (the tuple) and items (the rest).
  if (key === 'items') {
    if (Array.isArray(value)) return fail(ctx.file, at, 'items must be one schema in 2020-12 (use prefixItems)');
    if ('prefixItems' in parent) return { additionalItems: convertSchema(value, at, ctx) };
    return { items: convertSchema(value, at, ctx) };
  }
  if (key === 'prefixItems') {
    if (!Array.isArray(value)) return fail(ctx.file, at, 'prefixItems must be an array');
    return { items: value.map((s, i) => convertSchema(s, `${at}/${i}`, ctx)) };
  }
  // 2019-09 split draft-07's dependencies into dependentRequired (name lists) and dependentSchemas.
  if (key === 'dependentRequired' || key === 'dependentSchemas') {
    if (key === 'dependentSchemas' && 'dependentRequired' in parent) return {}; // merged below, once
    const base = at.slice(0, at.lastIndexOf('/'));
    const required = parent.dependentRequired ?? {};
    const schemas = parent.dependentSchemas ?? {};
    if (!isObject(required)) return fail(ctx.file, `${base}/dependentRequired`, 'must be an object');
    if (!isObject(schemas)) return fail(ctx.file, `${base}/dependentSchemas`, 'must be an object');
    const both = Object.keys(schemas).find((name) => name in required);
    if (both !== undefined) fail(ctx.file, base, `"${both}" is in both dependentRequired and dependentSchemas`);
    const converted = mapValues(schemas, (s, name) => convertSchema(s, `${base}/dependentSchemas/${pointer(name)}`, ctx));
    return { dependencies: { ...required, ...converted } };
  }
  return fail(ctx.file, at, `keyword "${key}" has no faithful draft-07 translation`);
}

/** The text of each converted schema file, by kind, exactly as committed under schemas/draft-07/. */
export function draft07Files(root: string = PACKAGE_ROOT): Record<SchemaKind, string> {
  const read = (name: string): JsonSchema => JSON.parse(readFileSync(path.join(root, 'schemas', name), 'utf8'));
  const common = read('common.json');
  const files = {} as Record<SchemaKind, string>;
  for (const kind of SCHEMA_KINDS) files[kind] = JSON.stringify(toDraft07(kind, read(`${kind}.json`), common), null, 2) + '\n';
  return files;
}

function defsOf(schema: JsonSchema, file: string): Record<string, unknown> {
  if (schema.$defs === undefined) return {};
  if (!isObject(schema.$defs)) return fail(file, '/$defs', '$defs must be an object');
  if ('definitions' in schema) fail(file, '/definitions', 'use $defs, not definitions');
  return schema.$defs;
}

function fail(file: string, at: string, why: string): never {
  throw new Error(`schemas/${file} cannot be converted to draft-07 at ${at || '/'}: ${why}`);
}

function isObject(v: unknown): v is JsonSchema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mapValues(o: JsonSchema, f: (v: unknown, k: string) => unknown): JsonSchema {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v, k)]));
}

function pointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = path.join(PACKAGE_ROOT, DRAFT07_DIR);
  mkdirSync(dir, { recursive: true });
  for (const [kind, text] of Object.entries(draft07Files())) writeFileSync(path.join(dir, `${kind}.json`), text);
}
