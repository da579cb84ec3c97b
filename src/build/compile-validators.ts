// Precompiles the schemas into one CommonJS module (dist/validators.cjs) of standalone ajv validators,
// so that `plan validate` never pays for ajv's compiler at run time.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_KINDS, schemaId } from '../core/schema/kinds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** An ajv instance with every schema added, configured like the precompiled validators. */
export function createAjv(opts: { standalone?: boolean; esm?: boolean } = {}) {
  const ajv = new Ajv2020.default({
    allErrors: true,
    strict: true,
    verbose: true,
    code: opts.standalone ? { source: true, esm: opts.esm ?? false, formats: _`require("ajv-formats/dist/formats").fullFormats` } : {},
  });
  addFormats.default(ajv, ['date']);
  for (const kind of ['common', ...SCHEMA_KINDS]) ajv.addSchema(JSON.parse(readFileSync(path.join(root, 'schemas', `${kind}.json`), 'utf8')));
  return ajv;
}

/**
 * The source of the standalone validators, one export per file kind: CommonJS, or an ES module for the
 * CLI bundle (ajv still writes require() calls for its runtime helpers there; esbuild inlines them).
 */
export function validatorsSource(opts: { esm?: boolean } = {}): string {
  const ajv = createAjv({ standalone: true, esm: opts.esm ?? false });
  const refs = Object.fromEntries(SCHEMA_KINDS.map((k) => [k, schemaId(k)]));
  return standaloneCode.default(ajv, refs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(path.join(root, 'dist', 'validators.cjs'), validatorsSource());
  writeFileSync(path.join(root, 'dist', 'validators.mjs'), validatorsSource({ esm: true }));
}
