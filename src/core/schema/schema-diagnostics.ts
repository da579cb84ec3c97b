/* eslint-disable @typescript-eslint/no-explicit-any -- ajv error params and schemas are untyped JSON, walked by key */
// Turns ajv errors into diagnostics: the data path, the code, and what was expected against found.
import { suggest } from '../diagnostics/suggest.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { messages, t } from '../../i18n/messages.js';
import { lookup } from '../../i18n/catalog.js';

/** The subset of an ajv ErrorObject (with `verbose: true`) this module reads. */
export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, any>;
  message?: string;
  schema?: unknown;
  parentSchema?: any;
  data?: unknown;
}

/** Diagnostic with a hint to point at the key rather than the value. */
export type SchemaDiagnostic = Diagnostic & { atKey?: boolean };

const SKIP = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not']);

/** Converts the errors of one file into diagnostics, in the user's language. */
export function schemaDiagnostics(errors: readonly AjvError[], data: unknown, file: string, lang: Lang): SchemaDiagnostic[] {
  const out: SchemaDiagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (SKIP.has(e.keyword)) continue;
    // propertyNames reports twice (the inner pattern with `propertyName`, then itself): keep the inner one.
    if (e.keyword === 'propertyNames') continue;
    const d = convert(e, data, file, lang);
    const key = `${d.code}|${d.path.join('/')}|${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

function convert(e: AjvError, root: unknown, file: string, lang: Lang): SchemaDiagnostic {
  const path = toPath(e.instancePath, root);
  const base = { file, severity: 'error' as const, path };
  const p = e.params;
  if (e.params.propertyName !== undefined) {
    return {
      ...base,
      path: [...path, p.propertyName],
      atKey: true,
      code: 'PAC-SCH-001',
      message: t('schema.propertyNames', lang, { found: p.propertyName }),
      expected: describeConstraint(e, lang),
      found: String(p.propertyName),
    };
  }
  switch (e.keyword) {
    case 'required':
      return {
        ...base,
        code: 'PAC-SCH-003',
        message: t('schema.required', lang, { name: p.missingProperty }),
        expected: String(p.missingProperty),
        found: '—',
      };
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = Object.keys(e.parentSchema?.properties ?? {});
      const guess = suggest(name, allowed);
      const message = t('schema.additional', lang, { name }) + (guess ? '. ' + t('schema.didYouMean', lang, { name: guess }) : '');
      return { ...base, path: [...path, name], atKey: true, code: 'PAC-SCH-002', message, expected: guess ?? allowed.join(', '), found: name };
    }
    case 'type': {
      const expected = String(p.type)
        .split(',')
        .map((ty) => lookup(messages, `type.${ty}`, lang))
        .join(' | ');
      const found = lookup(messages, `type.${typeOf(e.data)}`, lang);
      return { ...base, code: 'PAC-SCH-001', message: t('schema.type', lang, { expected, found }), expected, found: `${found}${scalar(e.data)}` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined;
      const message = t('schema.enum', lang, { found: show(e.data) }) + (guess ? '. ' + t('schema.didYouMean', lang, { name: guess }) : '');
      return { ...base, code: 'PAC-SCH-001', message, expected: allowed.join(' | '), found: show(e.data) };
    }
    case 'const':
      return {
        ...base,
        code: 'PAC-SCH-001',
        message: t('schema.const', lang, { expected: show(p.allowedValue) }),
        expected: show(p.allowedValue),
        found: show(e.data),
      };
    case 'pattern': {
      // A date field says what a date looks like, not the regular expression that checks it.
      const expected = e.parentSchema?.format === 'date' ? t('schema.dateShape', lang) : String(p.pattern);
      const message = e.parentSchema?.format === 'date' ? t('schema.format', lang, { expected }) : t('schema.pattern', lang, { found: show(e.data) });
      return { ...base, code: 'PAC-SCH-001', message, expected, found: show(e.data) };
    }
    case 'format':
      // Well formed but not in the calendar (2027-02-30): say so, rather than "wrong format".
      if (p.format === 'date' && typeof e.data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.data))
        return {
          ...base,
          code: 'PAC-SCH-001',
          message: t('schema.noSuchDate', lang, { found: e.data }),
          expected: t('schema.dateShape', lang),
          found: show(e.data),
        };
      return {
        ...base,
        code: 'PAC-SCH-001',
        message: t('schema.format', lang, { expected: formatName(p.format, lang) }),
        expected: formatName(p.format, lang),
        found: show(e.data),
      };
    case 'minimum':
    case 'exclusiveMinimum':
      return {
        ...base,
        code: 'PAC-SCH-001',
        message: t('schema.minimum', lang, { expected: `${p.comparison} ${p.limit}` }),
        expected: `${p.comparison} ${p.limit}`,
        found: show(e.data),
      };
    case 'maximum':
    case 'exclusiveMaximum':
      return {
        ...base,
        code: 'PAC-SCH-001',
        message: t('schema.maximum', lang, { expected: `${p.comparison} ${p.limit}` }),
        expected: `${p.comparison} ${p.limit}`,
        found: show(e.data),
      };
    case 'minItems':
      return {
        ...base,
        code: 'PAC-SCH-001',
        message: t('schema.minItems', lang, { expected: p.limit }),
        expected: `≥ ${p.limit}`,
        found: String((e.data as unknown[])?.length ?? 0),
      };
    case 'minLength':
      return { ...base, code: 'PAC-SCH-001', message: t('schema.minLength', lang), expected: `≥ ${p.limit}`, found: show(e.data) };
    case 'uniqueItems':
      return {
        ...base,
        path: [...path, p.j],
        code: 'PAC-SCH-001',
        message: t('schema.uniqueItems', lang),
        expected: '≠',
        found: show((e.data as unknown[])?.[p.j]),
      };
    default:
      return { ...base, code: 'PAC-SCH-001', message: t('schema.other', lang, { detail: e.message ?? e.keyword }) };
  }
}

function describeConstraint(e: AjvError, lang: Lang): string {
  return e.keyword === 'pattern' ? String(e.params.pattern) : t('schema.other', lang, { detail: e.message ?? '' });
}

const formatName = (f: string, lang: Lang): string => (f === 'date' ? t('schema.dateShape', lang) : f);

/** JSON pointer → data path, with array indexes as numbers (so positions and messages read right). */
function toPath(pointer: string, root: unknown): (string | number)[] {
  if (!pointer) return [];
  const out: (string | number)[] = [];
  let node: any = root;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key: string | number = Array.isArray(node) && /^\d+$/.test(seg) ? Number(seg) : seg;
    out.push(key);
    node = node?.[key as any];
  }
  return out;
}

function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const scalar = (v: unknown): string => (v !== null && typeof v !== 'object' ? ` (${show(v)})` : '');

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return '—';
  const s = JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}
