// The draft-07 schemas that editors read must say exactly what the 2020-12 schemas say: the committed
// files are the converter's output, and ajv judges every example and fixture (and mutations of them)
// the same way under both drafts, down to the instance paths of the errors.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { DRAFT07, DRAFT07_DIR, draft07Files, draft07Id, toDraft07, type JsonSchema } from '../../src/build/draft07.js';
import { SCHEMA_KINDS, kindOfPath, schemaId, type SchemaKind } from '../../src/core/schema/kinds.js';

const repo = path.resolve(__dirname, '../..');
const readJson = (file: string): JsonSchema => JSON.parse(readFileSync(path.join(repo, file), 'utf8'));
const common = readJson('schemas/common.json');

describe('schemas/draft-07', () => {
  it('holds exactly the converter output for every file kind (node dist/build/draft07.js)', () => {
    const files = draft07Files(repo);
    const committed = readdirSync(path.join(repo, DRAFT07_DIR))
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(committed).toEqual(SCHEMA_KINDS.map((k) => `${k}.json`).sort());
    for (const kind of SCHEMA_KINDS) expect(readFileSync(path.join(repo, DRAFT07_DIR, `${kind}.json`), 'utf8'), kind).toBe(files[kind]);
  });

  it('declares draft-07 and its own $id, and references nothing outside itself', () => {
    for (const kind of SCHEMA_KINDS) {
      const s = readJson(path.join(DRAFT07_DIR, `${kind}.json`));
      expect(s.$schema).toBe(DRAFT07);
      expect(s.$id).toBe(draft07Id(kind));
      const text = JSON.stringify(s);
      expect(text).not.toContain('$defs');
      expect(text).not.toContain('common.json');
      for (const [, name] of text.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g))
        expect((s.definitions as JsonSchema)[name!], `${kind}: ${name}`).toBeDefined();
    }
  });

  it('keeps the bilingual titles and the enums', () => {
    const project = readJson(path.join(DRAFT07_DIR, 'project.json')) as any;
    expect(project.properties.estimated_cost.title).toBe('Coût estimatif (MAD) / الكلفة التقديرية (درهم)');
    expect(project.definitions.sector.enum).toEqual((common as any).$defs.sector.enum);
    expect(project.properties.competence_type.enum).toEqual(['own', 'shared', 'transferred', 'contribution']);
  });
});

describe('toDraft07', () => {
  const convert = (schema: JsonSchema, defs: JsonSchema = {}) =>
    toDraft07('plan', { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: schemaId('plan'), ...schema }, { $defs: defs });

  it('wraps a $ref in allOf when a constraint sits beside it, since draft-07 ignores its siblings', () => {
    const out = convert({ properties: { a: { $ref: 'common.json#/$defs/x', maxLength: 3, title: 'A / أ' } } }, { x: { type: 'string' } });
    expect(out.properties).toEqual({ a: { allOf: [{ $ref: '#/definitions/x' }], maxLength: 3, title: 'A / أ' } });
    expect(out.definitions).toEqual({ x: { type: 'string' } });
  });

  it('leaves titles and descriptions beside a $ref, where the editor reads them first', () => {
    const out = convert({ properties: { a: { $ref: 'common.json#/$defs/x', title: 'A / أ', description: 'A — أ' } } }, { x: { type: 'string' } });
    expect(out.properties).toEqual({ a: { $ref: '#/definitions/x', title: 'A / أ', description: 'A — أ' } });
  });

  it('bundles only the common definitions in use, following references between them', () => {
    const out = convert(
      { properties: { a: { $ref: 'common.json#/$defs/list' } } },
      { unused: { type: 'null' }, item: { type: 'integer' }, list: { type: 'array', items: { $ref: '#/$defs/item' } } },
    );
    expect(out.properties).toEqual({ a: { $ref: '#/definitions/list' } });
    expect(out.definitions).toEqual({ item: { type: 'integer' }, list: { type: 'array', items: { $ref: '#/definitions/item' } } });
  });

  it('translates prefixItems and dependentRequired/dependentSchemas to their draft-07 forms', () => {
    const out = convert({
      prefixItems: [{ type: 'string' }, { type: 'integer' }],
      items: false,
      dependentRequired: { a: ['b'] },
      dependentSchemas: { c: { required: ['d'] } },
    });
    expect(out).toMatchObject({
      items: [{ type: 'string' }, { type: 'integer' }],
      additionalItems: false,
      dependencies: { a: ['b'], c: { required: ['d'] } },
    });
    expect(out).not.toHaveProperty('prefixItems');
  });

  it.each([
    ['unevaluatedProperties', { unevaluatedProperties: false }],
    ['unevaluatedItems', { properties: { a: { unevaluatedItems: false } } }],
    ['$dynamicRef', { properties: { a: { $dynamicRef: '#meta' } } }],
    ['$anchor', { $anchor: 'top' }],
    ['minContains', { contains: { type: 'string' }, minContains: 2 }],
    ['definitions', { properties: { a: { definitions: {} } } }],
  ])('refuses %s loudly', (keyword, schema) => {
    expect(() => convert(schema)).toThrow(new RegExp(`"${keyword.replace('$', '\\$')}" has no faithful draft-07 translation`));
  });

  it('refuses references it cannot bundle', () => {
    expect(() => convert({ properties: { a: { $ref: 'other.json#/$defs/x' } } })).toThrow(/at \/properties\/a\/\$ref/);
    expect(() => convert({ properties: { a: { $ref: 'common.json#/$defs/nope' } } })).toThrow(/no definition "nope"/);
    expect(() => convert({ items: { $ref: '#/properties/a' } })).toThrow(/reference "#\/properties\/a"/);
  });

  it('refuses a local definition that would collide with a common one', () => {
    expect(() => convert({ $defs: { x: { type: 'string' } } }, { x: { type: 'integer' } })).toThrow(/also defined in common.json/);
  });
});

// ---- equivalence under ajv -------------------------------------------------------------------

const ajv2020 = new Ajv2020.default({ allErrors: true, strict: true });
addFormats.default(ajv2020, ['date']);
for (const kind of ['common', ...SCHEMA_KINDS]) ajv2020.addSchema(readJson(`schemas/${kind}.json`));
const ajv07 = new Ajv.default({ allErrors: true, strict: true });
addFormats.default(ajv07, ['date']);
for (const kind of SCHEMA_KINDS) ajv07.addSchema(readJson(path.join(DRAFT07_DIR, `${kind}.json`)));

/** What a validator says about a document: valid or not, and each error by place and reason. */
function verdict(validate: ((d: unknown) => boolean) & { errors?: any[] | null }, data: unknown) {
  const valid = validate(data);
  const errors = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
  return { valid, errors: [...new Set(errors)].sort() };
}

function expectSameVerdict(kind: SchemaKind, data: unknown): boolean {
  const source = verdict(ajv2020.getSchema(schemaId(kind))!, data);
  const editor = verdict(ajv07.getSchema(draft07Id(kind))!, data);
  expect(editor).toEqual(source);
  return source.valid;
}

const yamlFiles = ['test/fixtures/minimal', 'examples']
  .flatMap((dir) => (readdirSync(path.join(repo, dir), { recursive: true }) as string[]).map((f) => path.join(dir, f)))
  .filter((f) => /\.ya?ml$/.test(f) && kindOfPath(f))
  .sort();
const load = (file: string) => parse(readFileSync(path.join(repo, file), 'utf8'));

describe('draft-07 and 2020-12 schemas agree', () => {
  it('finds the fixture and example files of every kind', () => {
    expect(yamlFiles.length).toBeGreaterThan(50);
    expect(new Set(yamlFiles.map((f) => kindOfPath(f)))).toEqual(new Set(SCHEMA_KINDS));
  });

  it('every such file names, on its first line, the draft-07 schema of its kind, and that file exists', () => {
    const wrong = yamlFiles.filter((file) => {
      const first = readFileSync(path.join(repo, file), 'utf8').split('\n')[0]!;
      const target = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
      const resolved = target && path.resolve(repo, path.dirname(file), target);
      return resolved !== path.join(repo, DRAFT07_DIR, `${kindOfPath(file)}.json`);
    });
    expect(wrong).toEqual([]);
  });

  it.each(yamlFiles)('on %s', (file) => {
    expectSameVerdict(kindOfPath(file)!, load(file));
  });

  // Every leaf of every minimal file given a value of the wrong type, and every object an unknown key.
  it.each(yamlFiles.filter((f) => f.startsWith('test/fixtures/minimal')))('on mutations of %s', (file) => {
    const kind = kindOfPath(file)!;
    const doc = load(file);
    let invalid = 0;
    for (const [at, value] of leaves(doc)) {
      const wrong = typeof value === 'string' ? 42 : typeof value === 'number' ? 'x' : typeof value === 'boolean' ? 'yes' : undefined;
      if (wrong !== undefined && !expectSameVerdict(kind, setAt(doc, at, wrong))) invalid++;
      if (isObject(value) && !expectSameVerdict(kind, setAt(doc, at, { ...value, not_a_field: 1 }))) invalid++;
    }
    expect(invalid).toBeGreaterThan(0);
  });

  it.each([
    ['a wrong sector', (p: any) => ({ ...p, sector: 'transport' })],
    ['a negative cost', (p: any) => ({ ...p, estimated_cost: -5 })],
    ['a fractional head count', (p: any) => ({ ...p, beneficiaries: { ...p.beneficiaries, women: 1.5 } })],
    ['a title without Arabic', (p: any) => ({ ...p, title: { fr: 'Sans arabe' } })],
    ['an empty financing plan', (p: any) => ({ ...p, financing: [] })],
    ['a year key that is not a year', (p: any) => ({ ...p, financing: [{ ...p.financing[0], by_year: { '20x4': 1 } }] })],
    ['an impossible date', (p: any) => ({ ...p, agreement: { reference: 'C-1', signed_on: '2022-13-45' } })],
    ['a latitude outside Morocco', (p: any) => ({ ...p, gps: { lat: 50, lon: -6 } })],
    ['a repeated priority', (p: any) => ({ ...p, priority_ids: ['PRI1', 'PRI1'] })],
    ['a bad identifier', (p: any) => ({ ...p, id: '-P01' })],
    ['no status', ({ status: _s, ...p }: any) => p],
    ['a list instead of a sheet', (p: any) => [p]],
  ])('on a project sheet with %s, and both reject it', (_what, mutate) => {
    const project = load('test/fixtures/minimal/projects/P01.yaml');
    expect(expectSameVerdict('project', project)).toBe(true);
    expect(expectSameVerdict('project', mutate(structuredClone(project)))).toBe(false);
  });
});

type Path = (string | number)[];

function* leaves(node: unknown, at: Path = []): Generator<[Path, unknown]> {
  yield [at, node];
  if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* leaves(v, [...at, i]);
  else if (isObject(node)) for (const [k, v] of Object.entries(node)) yield* leaves(v, [...at, k]);
}

function setAt(doc: unknown, at: Path, value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = structuredClone(doc) as any;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key];
  node[at[at.length - 1]!] = value;
  return copy;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
