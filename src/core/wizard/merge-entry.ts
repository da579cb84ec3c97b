// Writes an edited entry's new values into its YAML node in place: unchanged values keep their
// spelling and comments, keys keep their order, new keys go last, and fields the form did not manage
// (a rank written by plan prioritize, a note typed by hand) are left as they are.
import { isMap, isNode, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import { Document as YamlDocument } from 'yaml';
import { flowSmall, MAX_LINE } from './yaml-build.js';

const plain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges `value` into `node`; keys of `removable` absent from `value` are deleted (an answer left empty).
 * `leading`, when new to the entry (an id given to a line that had none), goes first rather than last.
 */
export function mergeEntry(doc: Document, node: YAMLMap, value: Record<string, unknown>, removable: readonly string[] = [], leading?: string): void {
  const isNew = leading !== undefined && !node.has(leading) && leading in value;
  for (const [k, v] of Object.entries(value)) setValue(doc, node, k, v);
  for (const k of removable) if (!(k in value) && node.has(k)) node.delete(k);
  if (isNew) {
    const i = node.items.findIndex((p) => (isScalar(p.key) ? p.key.value : p.key) === leading);
    if (i > 0) node.items.unshift(...node.items.splice(i, 1));
  }
}

function setValue(doc: Document, map: YAMLMap, key: string, v: unknown): void {
  const cur = map.get(key, true);
  // A nested record (a text, a schedule, targets by year): merged key by key, so other years survive.
  if (isMap(cur) && plain(v)) {
    for (const [k, x] of Object.entries(v)) setValue(doc, cur, k, x);
    // A one-line record that a longer value no longer lets fit is written as a block: no line grows past the limit.
    if (cur.flow && !fitsLine(doc, cur)) cur.flow = false;
    return;
  }
  if (same(isNode(cur) ? cur.toJSON() : cur, v)) return;
  // A list of records of the same length (financing lines): merged line by line, so each keeps its layout.
  if (isSeq(cur) && Array.isArray(v) && cur.items.length === v.length && v.every(plain) && cur.items.every(isMap)) {
    v.forEach((x, i) => {
      const item = cur.items[i] as YAMLMap;
      for (const [k, y] of Object.entries(x as Record<string, unknown>)) setValue(doc, item, k, y);
      if (item.flow && !fitsLine(doc, item)) item.flow = false;
    });
    return;
  }
  const n = doc.createNode(v);
  flowSmall(n);
  map.set(key, n);
}

/** Whether the line that holds the one-line collection `n` stays within MAX_LINE once the file is written. */
function fitsLine(doc: Document, n: YAMLMap): boolean {
  const alone = new YamlDocument();
  alone.contents = n;
  const flow = alone.toString({ lineWidth: 0 }).trimEnd();
  const line = doc
    .toString({ lineWidth: 0 })
    .split('\n')
    .find((l) => l.includes(flow));
  return !line || line.length <= MAX_LINE;
}
