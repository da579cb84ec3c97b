// Parses plan YAML: a fast path (js-yaml, no positions) for the common clean file, and the `yaml`
// package (positions, alias limits) for anything unusual. Both read YAML 1.2 core types.
import jsyaml from 'js-yaml';
import type { DataPath } from '../core/diagnostics/diagnostic.js';

/** Most aliases a file may use: real plans use none; alias bombs use thousands. */
export const MAX_ALIASES = 100;
/** Deepest nesting accepted: real plan files stay under 10 levels. */
export const MAX_DEPTH = 64;

export type ParseProblem =
  | { key: 'yaml.syntax'; detail: string; line: number; col: number }
  | { key: 'yaml.duplicateKey'; name: string; line: number; col: number }
  | { key: 'yaml.aliasLimit'; max: number; line: number; col: number }
  | { key: 'yaml.tooDeep'; max: number; line: number; col: number; path?: DataPath };

export type ParseResult = { ok: true; data: unknown } | { ok: false; problem: ParseProblem };

// Anchors and aliases send a file to the careful parser, which bounds alias expansion.
const ALIAS_OR_ANCHOR = /(?:^|[\s,[{:-])[&*][^\s,[\]{}]/m;

/** Parses YAML text to plain data. Never throws for bad input. */
export async function parseYaml(text: string): Promise<ParseResult> {
  if (!ALIAS_OR_ANCHOR.test(text)) {
    try {
      const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
      const deep = tooDeep(data);
      return deep ? { ok: false, problem: { key: 'yaml.tooDeep', max: MAX_DEPTH, line: 1, col: 1, path: deep } } : { ok: true, data };
    } catch (err) {
      if (!(err instanceof jsyaml.YAMLException) && !(err instanceof RangeError)) throw err;
      // Fall through: the careful parser gives the canonical message and position.
    }
  }
  return parseCareful(text);
}

/** Parses with the `yaml` package: exact positions, duplicate keys, alias and depth limits. */
export async function parseCareful(text: string): Promise<ParseResult> {
  const { parseDocument, LineCounter } = await import('yaml');
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, problem: { key: 'yaml.tooDeep', max: MAX_DEPTH, line: 1, col: 1 } };
    throw err;
  }
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    if (first.code === 'DUPLICATE_KEY') {
      const rest = text.slice(first.pos[0]);
      const name = (/^\s*(?:"([^"]*)"|'([^']*)'|([^:\n]*?))\s*:/.exec(rest) ?? [])
        .slice(1)
        .find((g) => g !== undefined) ?? rest.split('\n')[0]!;
      return { ok: false, problem: { key: 'yaml.duplicateKey', name, line: pos.line, col: pos.col } };
    }
    return { ok: false, problem: { key: 'yaml.syntax', detail: firstLine(first.message), line: pos.line, col: pos.col } };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    const deep = tooDeep(data, true);
    if (deep) return { ok: false, problem: { key: 'yaml.tooDeep', max: MAX_DEPTH, line: 1, col: 1, path: deep } };
    return { ok: true, data: Object.is(data, -0) ? 0 : data };
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, problem: { key: 'yaml.tooDeep', max: MAX_DEPTH, line: 1, col: 1 } };
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      const at = /(?:^|[\s,[{:-])\*[^\s,[\]{}]/m.exec(text);
      const pos = lineCounter.linePos(at ? at.index : 0);
      return { ok: false, problem: { key: 'yaml.aliasLimit', max: MAX_ALIASES, line: pos.line, col: pos.col } };
    }
    throw err;
  }
}

const firstLine = (s: string): string => s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

/**
 * The path of the first node deeper than MAX_DEPTH, iteratively (no recursion on hostile input).
 * With `fixZero`, also turns -0 into 0, as js-yaml reads it, so both parsers give the same data.
 */
function tooDeep(root: unknown, fixZero = false): DataPath | undefined {
  const stack: Array<[unknown, (string | number)[]]> = [[root, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (path.length > MAX_DEPTH) return path;
    if (!node || typeof node !== 'object') continue;
    const o = node as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === 'object' && v) stack.push([v, [...path, Array.isArray(o) ? Number(k) : k]]);
      else if (fixZero && Object.is(v, -0)) o[k] = 0;
    }
  }
  return undefined;
}
