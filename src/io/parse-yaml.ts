// Parses plan YAML: a fast path (js-yaml, no positions) for the common clean file, and the `yaml`
// package (positions, alias limits) for anything unusual. The `yaml` package is the reference: the fast
// path uses a schema built from its YAML 1.2 core resolvers (js-yaml's own CORE_SCHEMA reads `+.5` as
// a string and `0b101` as 5, where the `yaml` package reads 0.5 and "0b101"), and falls back to it for
// anything it reads differently; test/io/parse-parity.test.ts proves both readings equal over a corpus.
import jsyaml from 'js-yaml';
import type { Document } from 'yaml';
import type { DataPath } from '../core/diagnostics/diagnostic.js';

// Loaded with the `yaml` package, on the careful path only.
let visit: typeof import('yaml').visit | undefined;

/**
 * One YAML 1.2 core type, as the `yaml` package defines it (node_modules/yaml/dist/schema/core): its
 * patterns in the package's order, each with its reading. js-yaml keeps one type per tag, so the
 * patterns of a tag (int: octal, decimal, hex) live in one type. js-yaml asks every type about every
 * plain scalar, keys included, so `starts` (the characters a match can begin with, which each pattern's
 * first atom allows) turns most text away before any pattern runs; the patterns alone decide the rest.
 */
function coreType(name: string, starts: string, forms: Array<[RegExp, (s: string) => unknown]>) {
  const first = new Uint8Array(128);
  for (const c of starts) first[c.charCodeAt(0)] = 1;
  return new jsyaml.Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    // A code past the table (or NaN for '') reads undefined: no match.
    resolve: (s: string | null) => s !== null && first[s.charCodeAt(0)] === 1 && forms.some(([re]) => re.test(s)),
    construct: (s: string) => forms.find(([re]) => re.test(s))![1](s),
  });
}
// `|| 0`: -0 reads as 0, as parseCareful gives it.
const int = (offset: number, radix: number) => (s: string) => parseInt(s.substring(offset), radix) || 0;

/** The patterns of the YAML 1.2 core schema, by tag, in the `yaml` package's order (exported for tests). */
export const CORE_FORMS = {
  null: /^(?:~|[Nn]ull|NULL)?$/,
  bool: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  int: [/^0o[0-7]+$/, /^[-+]?[0-9]+$/, /^0x[0-9a-fA-F]+$/],
  float: [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/],
} as const;

/**
 * The only strings the null and bool patterns match (the same sets, written out: no pattern runs). The
 * length is looked at first: a set lookup hashes the whole string, and most scalars are long text.
 */
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const DIGITS = '0123456789';
const [octal, decimal, hex] = CORE_FORMS.int;
const [special, exponent, fraction] = CORE_FORMS.float;

/** The `yaml` package's core schema, for js-yaml: same types, same patterns, same order. */
export const CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (s: string | null) => s === null || (s.length <= 4 && NULLS.has(s)),
      construct: () => null,
    }),
    new jsyaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string | null) => s !== null && (s.length === 4 || s.length === 5) && BOOLS.has(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T',
    }),
    coreType('int', `+-${DIGITS}`, [
      [octal, int(2, 8)],
      [decimal, int(0, 10)],
      [hex, int(2, 16)],
    ]),
    coreType('float', `+-.${DIGITS}`, [
      [special, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
      [exponent, (s) => parseFloat(s) || 0],
      [fraction, (s) => parseFloat(s) || 0],
    ]),
  ],
});

// What each scan below looks for next: at the top level, what opens a flow collection, a quoted scalar
// or a comment; inside a flow collection, also what closes one and the end of a line; inside a quoted
// scalar, what ends it, an escape ("…" only) and the end of a line.
const AT_TOP = /[[{"'#]/g;
const IN_FLOW = /[[{\]}"'#\n]/g;
const IN_DOUBLE = /["\\\n]/g;
const IN_SINGLE = /['\n]/g;

/**
 * True when a flow collection (`[…]`, `{…}`) or a quoted scalar continues on the next line: the `yaml`
 * package is stricter than js-yaml about how such lines are indented, so those files take its path.
 * Comments are skipped. The regular expressions jump from one character that matters to the next; all
 * else (most of a file) is never looked at one character at a time.
 */
export function spansLines(text: string): boolean {
  let depth = 0;
  let i = 0;
  for (; ; i++) {
    const next = depth > 0 ? IN_FLOW : AT_TOP;
    next.lastIndex = i;
    if (!next.test(text)) return depth > 0;
    i = next.lastIndex - 1;
    switch (text.charCodeAt(i)) {
      case 10: // only sought inside a flow collection
        return true;
      case 91: // [
      case 123: // {
        depth++;
        break;
      case 93: // ]
      case 125: // }
        depth--; // only sought inside a flow collection
        break;
      case 34: // "
      case 39: {
        // A quote starts a quoted scalar only at the start of a value, not inside a plain one (it's).
        if (!/[\s,[{:?-]/.test(text[i - 1] ?? ' ')) break;
        const end = text.charCodeAt(i) === 34 ? IN_DOUBLE : IN_SINGLE;
        for (;;) {
          end.lastIndex = i + 1;
          if (!end.test(text)) return true; // never closed
          i = end.lastIndex - 1;
          const c = text.charCodeAt(i);
          if (c === 10) return true;
          if (c === 92 /* \\ escapes the next character */ || (c === 39 && text.charCodeAt(i + 1) === 39) /* '' */) i++;
          else break;
        }
        break;
      }
      case 35: // #
        // A comment (after white space) runs to the end of the line, where the newline is seen next.
        if (/\s/.test(text[i - 1] ?? ' ')) {
          const eol = text.indexOf('\n', i);
          if (eol < 0) return depth > 0;
          i = eol - 1;
        }
        break;
    }
  }
}

/**
 * A `#` right after a quote or a bracket (a comment for js-yaml, an error for the `yaml` package), or a
 * flow collection used as a key (`[a, b]: 1`, `{a: 1}: 2`: each parser turns it into a different string).
 */
const TIGHT_COMMENT_OR_FLOW_KEY = /[\]}](?:[ \t]*:(?:[ \t\r\n,\]}]|$)|#)|["']#/m;
/** An explicit key (`? x`), at the start of a line or inside a flow collection; only sought when a `?` is there. */
const EXPLICIT_KEY = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)|[{,][ \t]*\?[ \t]/m;

/** True when a file must take the careful path: the two parsers would read it differently. */
export function needsCareful(text: string): boolean {
  return TIGHT_COMMENT_OR_FLOW_KEY.test(text) || (text.includes('?') && EXPLICIT_KEY.test(text)) || spansLines(text);
}

/** Most aliases a file may use: real plans use none; alias bombs use thousands. */
export const MAX_ALIASES = 100;
/** Deepest nesting accepted: real plan files stay under 10 levels. */
export const MAX_DEPTH = 64;

export type ParseProblem =
  | { key: 'yaml.syntax'; detail: string; line: number; col: number }
  | { key: 'yaml.unknownTag'; tag: string; line: number; col: number }
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
  if (needsCareful(text)) return parseCareful(text);
  try {
    const data = jsyaml.load(text, { schema: CORE_SCHEMA });
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
  visit ??= (await import('yaml')).visit;
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, problem: { key: 'yaml.tooDeep', max: MAX_DEPTH, line: 1, col: 1 } };
    throw err;
  }
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    // The composer recurses per level: a file nested thousands deep overflows the stack. Whatever the
    // depth at which that happens, it is the same problem as a file 100 levels deep.
    if (/call stack/i.test(first.message)) return { ok: false, problem: { key: 'yaml.tooDeep', max: MAX_DEPTH, line: pos.line, col: pos.col } };
    if (first.code === 'DUPLICATE_KEY') {
      const rest = text.slice(first.pos[0]);
      const name = (/^\s*(?:"([^"]*)"|'([^']*)'|([^:\n]*?))\s*:/.exec(rest) ?? []).slice(1).find((g) => g !== undefined) ?? rest.split('\n')[0]!;
      return { ok: false, problem: { key: 'yaml.duplicateKey', name, line: pos.line, col: pos.col } };
    }
    return { ok: false, problem: { key: 'yaml.syntax', detail: firstLine(first.message), line: pos.line, col: pos.col } };
  }
  // A tag the core schema does not know (`!tag`, `!!js/function`) is read as a plain string with a
  // warning; explicit tags of other types (`!!binary`, `!!timestamp`, `!!set`) give values no plan
  // file holds. Both are refused, at the tag.
  if (text.includes('!')) {
    const tagged = unknownTag(doc, text);
    if (tagged) {
      const pos = lineCounter.linePos(tagged.offset);
      return { ok: false, problem: { key: 'yaml.unknownTag', tag: tagged.tag, line: pos.line, col: pos.col } };
    }
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

/** The tags a plan file may carry: those of the YAML 1.2 core schema. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((n) => `tag:yaml.org,2002:${n}`));

/** The first node with a tag outside the core schema, and where its tag starts in `text`. */
function unknownTag(doc: Document, text: string): { tag: string; offset: number } | undefined {
  let found: { tag: string; offset: number } | undefined;
  visit!(doc, {
    Node(_key, node) {
      // `!` alone is the non-specific tag: the value is a string, as both parsers read it.
      if (!node.tag || node.tag === '!' || CORE_TAGS.has(node.tag)) return;
      // The node's range starts at its value; the tag was written just before it, on the same line.
      const start = node.range?.[0] ?? 0;
      const bang = text.lastIndexOf('!', start);
      const lineStart = text.lastIndexOf('\n', start) + 1;
      found = { tag: shortTag(node.tag), offset: bang >= lineStart ? bang - (text[bang - 1] === '!' ? 1 : 0) : start };
      return visit!.BREAK;
    },
  });
  if (!found) {
    const w = doc.warnings.find((e) => e.code === 'TAG_RESOLVE_FAILED');
    if (w) found = { tag: shortTag(/tag: (\S+)/.exec(w.message)?.[1] ?? '!'), offset: w.pos[0] };
  }
  return found;
}

/** `tag:yaml.org,2002:js/function` → `!!js/function`, as the user wrote it. */
const shortTag = (tag: string): string => (tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice(18)}` : tag);

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
      // A null key is 'null' for js-yaml and '' for the `yaml` package; a mapping key '[object Object]'.
      if (!fixZero && (k === 'null' || k === '[object Object]')) return 'shared';
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
