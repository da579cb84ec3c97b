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

/**
 * Parses YAML text to plain data. Never throws for bad input. js-yaml reads the clean file fast; a
 * file that fails, or that reuses a node through an alias (js-yaml shares it instead of copying, so
 * an alias bomb parses cheaply but would explode later), goes to the careful parser.
 */
export async function parseYaml(text: string): Promise<ParseResult> {
  try {
    const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
    // Without an anchor (`&`) there can be no alias, so no shared node: skip the set of seen nodes.
    const walk = inspect(data, false, text.includes('&'));
    if (walk === 'shared') return parseCareful(text);
    return walk ? { ok: false, problem: { key: 'yaml.tooDeep', max: MAX_DEPTH, line: 1, col: 1, path: walk } } : { ok: true, data };
  } catch (err) {
    if (!(err instanceof jsyaml.YAMLException) && !(err instanceof RangeError)) throw err;
    // The careful parser gives the canonical message and position.
    return parseCareful(text);
  }
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
    const deep = inspect(data, true);
    if (deep && deep !== 'shared') return { ok: false, problem: { key: 'yaml.tooDeep', max: MAX_DEPTH, line: 1, col: 1, path: deep } };
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
 * Walks the data once, iteratively (no recursion on hostile input): returns the path of the first
 * node deeper than MAX_DEPTH, or 'shared' when a node is reached twice (an alias), else undefined.
 * With `fixZero`, also turns -0 into 0, as js-yaml reads it, so both parsers give the same data.
 * Paths are not built on the way (this runs on every file); only a too-deep file is walked again.
 */
function inspect(root: unknown, fixZero = false, shared = !fixZero): DataPath | 'shared' | undefined {
  const nodes: unknown[] = [root];
  const depths: number[] = [0];
  const seen = shared ? new Set<object>() : undefined;
  while (nodes.length) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth > MAX_DEPTH) return deepPath(root);
    if (seen) {
      if (seen.has(node)) return 'shared';
      seen.add(node);
    }
    const o = node as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === 'object' && v) {
        nodes.push(v);
        depths.push(depth + 1);
      } else if (fixZero && Object.is(v, -0)) o[k] = 0;
    }
  }
  return undefined;
}

/** The path of the first node deeper than MAX_DEPTH (a second, path-keeping walk). */
function deepPath(root: unknown): DataPath {
  const stack: Array<[unknown, (string | number)[]]> = [[root, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (path.length > MAX_DEPTH) return path;
    if (!node || typeof node !== 'object') continue;
    const isArray = Array.isArray(node);
    for (const [k, v] of Object.entries(node)) if (typeof v === 'object' && v) stack.push([v, [...path, isArray ? Number(k) : k]]);
  }
  return [];
}
