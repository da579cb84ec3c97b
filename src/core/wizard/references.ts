// References between entries, found and changed in YAML documents (so comments and layout survive):
// what refers to an id before it is removed, dropping those references (--cascade), and renaming them.
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { RefSpec } from './entries.js';

/** A data path inside a document. */
export type DataPath = (string | number)[];

/** One reference: its data path, and whether the id is a map key there (a score by criterion). */
export interface RefAt {
  path: DataPath;
  isKey: boolean;
}

/** Where in `doc` `spec` refers to `id` (map keys for `@`, list items for `*`). */
export function findRefs(doc: Document, spec: RefSpec, id: string): RefAt[] {
  const hits: RefAt[] = [];
  const walk = (node: unknown, segs: string[], at: DataPath) => {
    const [seg, ...rest] = segs;
    if (seg === undefined) return;
    if (seg === '*') {
      if (!isSeq(node)) return;
      node.items.forEach((item, i) => {
        if (rest.length) walk(item, rest, [...at, i]);
        else if (isScalar(item) && String(item.value) === id) hits.push({ path: [...at, i], isKey: false });
      });
    } else if (seg === '@') {
      if (!isMap(node)) return;
      for (const p of node.items) if (isScalar(p.key) && String(p.key.value) === id) hits.push({ path: [...at, id], isKey: true });
    } else {
      if (!isMap(node)) return;
      const child = node.get(seg, true);
      if (rest.length) walk(child, rest, [...at, seg]);
      else if (isScalar(child) && String(child.value) === id) hits.push({ path: [...at, seg], isKey: false });
    }
  };
  walk(doc.contents, spec.path, []);
  return hits;
}

/** Removes the references at `paths` (list items or keys), last first so earlier indexes stay right. */
export function dropRefs(doc: Document, refs: RefAt[]): void {
  const sorted = refs
    .map((r) => r.path)
    .sort((a, b) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (a[i] !== b[i]) return typeof a[i] === 'number' && typeof b[i] === 'number' ? (b[i] as number) - (a[i] as number) : 0;
      return b.length - a.length;
    });
  for (const p of sorted) doc.deleteIn(p);
}

/** Renames the references to `to`, keeping each value's quoting and the map keys' places. */
export function renameRefs(doc: Document, refs: RefAt[], to: string): void {
  for (const r of refs) {
    if (r.isKey) {
      const parent = doc.getIn(r.path.slice(0, -1), true);
      const pair = isMap(parent) ? parent.items.find((x) => isScalar(x.key) && String(x.key.value) === String(r.path[r.path.length - 1])) : undefined;
      if (pair && isScalar(pair.key)) pair.key.value = to;
      continue;
    }
    const node = doc.getIn(r.path, true);
    if (isScalar(node)) node.value = to;
  }
}
