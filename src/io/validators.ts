// The schema validators: the precompiled module from the build when present, else compiled at run time.
import { createRequire } from 'node:module';
import path from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';
import { loadPrecompiled } from './precompiled-validators.js';
import { SCHEMA_KINDS, type SchemaKind } from '../core/schema/kinds.js';
import type { AjvError } from '../core/schema/schema-diagnostics.js';

export type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

let cache: Record<SchemaKind, Validator> | undefined;

/** Validators by file kind. Synchronous so the clean path stays one straight line. */
export function validators(): Record<SchemaKind, Validator> {
  if (cache) return cache;
  const precompiled = process.env.PLAN_RUNTIME_SCHEMAS ? undefined : loadPrecompiled();
  cache = (precompiled as Record<SchemaKind, Validator> | undefined) ?? runtimeValidators(createRequire(import.meta.url));
  return cache;
}

// Fallback for running from sources without a build (and for PLAN_RUNTIME_SCHEMAS=1 while editing schemas).
function runtimeValidators(require: NodeRequire): Record<SchemaKind, Validator> {
  const Ajv2020 = require('ajv/dist/2020').default;
  const addFormats = require('ajv-formats').default ?? require('ajv-formats');
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
  addFormats(ajv, ['date']);
  const kinds = ['common', ...SCHEMA_KINDS];
  for (const k of kinds) ajv.addSchema(JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas', `${k}.json`), 'utf8')));
  const out: Record<string, Validator> = {};
  for (const k of kinds.slice(1)) out[k] = ajv.getSchema(`https://pac-plan.org/schemas/v1/${k}.json`);
  return out as Record<SchemaKind, Validator>;
}
