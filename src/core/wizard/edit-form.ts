// A phase command's form: its questions, the file it edits, and how the answers change the YAML
// document (through the Document API, so comments and key order survive).
import { isMap, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { SchemaKind } from '../schema/kinds.js';
import type { Plan } from '../plan/workspace.js';
import type { Answers, Form, FormContext } from './question.js';
import { flowSmall } from './yaml-build.js';

/** Raised when an id already exists and --force was not given. */
export class IdExists extends Error {
  constructor(
    public readonly id: string,
    public readonly where: string,
  ) {
    super(`${id} exists in ${where}`);
    this.name = 'IdExists';
  }
}

/** What applying a form did. */
export interface Applied {
  id?: string;
  replaced: boolean;
  /** Data path of the entry written ([] for a whole file): findings inside it block the save. */
  at?: (string | number)[];
}

export interface EditForm extends Form {
  /** The command words, e.g. "consult add". */
  command: string;
  kind: SchemaKind;
  /** The file it edits, relative to the workspace. */
  file: (a: Answers) => string;
  apply: (doc: Document, a: Answers, opts: { force: boolean; ctx: FormContext }) => Applied;
  /** Usage examples for --help. */
  examples: string[];
  /** Lines shown after the change (e.g. the financing totals), in the messages' language. */
  summary?: (a: Answers, ctx: FormContext) => string[];
}

/** The lists each file kind requires, read from the schemas' `required` (the caller passes them). */
export function seedRequiredLists(doc: Document, required: readonly string[]): void {
  const root = rootMap(doc);
  // A file started by its second list (an axis before any priority) must still match its schema.
  for (const key of required) {
    if (root.has(key)) continue;
    // Written `key: []` while empty; seqAt turns it into a block list when the tool adds to it.
    const seq = doc.createNode([]) as YAMLSeq;
    seq.flow = true;
    root.set(key, seq);
  }
}

/** The plan loaded before the questions, for choices and defaults. */
export const planOf = (ctx: FormContext): Plan => ctx.data.plan as Plan;

/** The plan's document languages (Arabic always). */
export const languagesOf = (ctx: FormContext): string[] => planOf(ctx).manifest?.data.languages ?? ['ar', 'fr'];

/** The document's root map, in block style even when the file was created empty. */
export function rootMap(doc: Document): YAMLMap {
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;
  const root = doc.contents as YAMLMap;
  root.flow = false;
  return root;
}

// A map written on one line by `plan init` (e.g. council) goes to block style once it gets a list.
function unflowAlong(doc: Document, path: (string | number)[]): void {
  for (let i = 1; i < path.length; i++) {
    const node = doc.getIn(path.slice(0, i), true);
    if (isMap(node) || isSeq(node)) node.flow = false;
  }
}

/** The sequence at `path`, created when absent; a list the tool grows is a block list, whatever its starting form (`[]`). */
export function seqAt(doc: Document, path: (string | number)[]): YAMLSeq {
  rootMap(doc);
  unflowAlong(doc, path);
  let node = doc.getIn(path, true);
  if (!isSeq(node)) {
    doc.setIn(path, doc.createNode([]));
    node = doc.getIn(path, true);
  }
  (node as YAMLSeq).flow = false;
  return node as YAMLSeq;
}

/** Adds `item` to the list at `path`, or replaces the one with the same key when `force`. */
export function upsert(doc: Document, path: (string | number)[], item: Record<string, unknown>, opts: { force: boolean; key?: string }): Applied {
  const key = opts.key ?? 'id';
  const seq = seqAt(doc, path);
  const node = doc.createNode(item);
  flowSmall(node);
  const idx = seq.items.findIndex((n) => isMap(n) && String(n.get(key)) === String(item[key]));
  if (idx >= 0) {
    if (!opts.force) throw new IdExists(String(item[key]), path.join('.'));
    seq.items[idx] = node;
    return { id: String(item[key]), replaced: true, at: [...path, idx] };
  }
  seq.items.push(node);
  return { id: String(item[key]), replaced: false, at: [...path, seq.items.length - 1] };
}

/** Sets `path` to `value` (small maps on one line); refuses to replace an existing value without `force`. */
export function setOnce(doc: Document, path: (string | number)[], value: unknown, opts: { force: boolean }): Applied {
  rootMap(doc);
  unflowAlong(doc, path);
  const exists = doc.hasIn(path);
  if (exists && !opts.force) throw new IdExists(path.join('.'), path.join('.'));
  const node = doc.createNode(value);
  flowSmall(node);
  doc.setIn(path, node);
  return { id: path.join('.'), replaced: exists, at: path };
}

/** The next free id with a prefix, e.g. K4 after K1..K3. */
export function nextId(prefix: string, existing: Iterable<string>, width = 1): string {
  let max = 0;
  for (const id of existing) {
    const m = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${String(max + 1).padStart(width, '0')}`;
}

/** A bilingual text from two answers (French only when given). */
export const textOf = (a: Answers, base: string): { ar: string; fr?: string } | undefined =>
  a[`${base}_ar`] === undefined ? undefined : { ar: String(a[`${base}_ar`]), ...(a[`${base}_fr`] !== undefined ? { fr: String(a[`${base}_fr`]) } : {}) };

/** `obj` without its undefined values (so the YAML has no empty keys). */
export const compact = <T extends Record<string, unknown>>(obj: T): T =>
  Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length))) as T;
