// Writes follow-up entries into a followup/<year>.yaml document in place: an entry for a project or an
// indicator already in the file is merged key by key (comments, order and the fields not given stay),
// a new one goes at the end of its list, and a new file gets its year first.
import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import { rootMap, seqAt, type Applied } from '../wizard/edit-form.js';
import { mergeEntry } from '../wizard/merge-entry.js';
import { flowSmall } from '../wizard/yaml-build.js';

/** The lists of a follow-up file, keyed by the field that names their entries. */
export const FOLLOWUP_LISTS = { projects: 'project', indicators: 'indicator' } as const;
export type FollowupList = keyof typeof FOLLOWUP_LISTS;

// The order of a new file's top-level keys, as schemas/followup.json lists them.
const TOP_ORDER = ['year', 'as_of', 'projects', 'indicators', 'review', 'proposals'];

/** Sets the file's year when it has none (a new file), keeping `year` first. */
export function ensureYear(doc: Document, year: number): void {
  const root = rootMap(doc);
  if (!root.has('year')) {
    root.set('year', year);
    // A new key goes last; the year heads the file.
    const i = root.items.findIndex((p) => (p.key as { value?: unknown })?.value === 'year' || p.key === 'year');
    if (i > 0) root.items.unshift(...root.items.splice(i, 1));
  }
}

/** Places a top-level key added to an existing file where the schema's order puts it. */
function placeTop(doc: Document, key: string): void {
  const root = rootMap(doc);
  const name = (p: (typeof root.items)[number]) => String((p.key as { value?: unknown })?.value ?? p.key);
  const i = root.items.findIndex((p) => name(p) === key);
  if (i < 0) return;
  const [pair] = root.items.splice(i, 1);
  const rank = TOP_ORDER.indexOf(key);
  let at = root.items.findIndex((p) => TOP_ORDER.indexOf(name(p)) > rank);
  if (at < 0) at = root.items.length;
  root.items.splice(at, 0, pair!);
}

/** The entry of `list` named `id` in the document, with its index, or undefined. */
export function findFollowupEntry(doc: Document, list: FollowupList, id: string): { node: YAMLMap; index: number } | undefined {
  const seq = doc.getIn([list], true);
  if (!isSeq(seq)) return undefined;
  const index = seq.items.findIndex((n) => isMap(n) && String(n.get(FOLLOWUP_LISTS[list])) === id);
  return index >= 0 ? { node: seq.items[index] as YAMLMap, index } : undefined;
}

/**
 * Merges `entry` (its key field included) into the list: an existing entry keeps its comments, order
 * and the fields not given; a new one is appended. `removable` are keys dropped when absent.
 */
export function upsertFollowup(doc: Document, list: FollowupList, entry: Record<string, unknown>, removable: readonly string[] = []): Applied {
  const key = FOLLOWUP_LISTS[list];
  const id = String(entry[key]);
  const found = findFollowupEntry(doc, list, id);
  if (found) {
    mergeEntry(doc, found.node, entry, removable);
    return { id, replaced: true, at: [list, found.index] };
  }
  const had = rootMap(doc).has(list);
  const seq = seqAt(doc, [list]);
  if (!had) placeTop(doc, list);
  const node = doc.createNode(entry);
  flowSmall(node);
  seq.items.push(node);
  return { id, replaced: false, at: [list, seq.items.length - 1] };
}

/** Sets top-level values (as_of, review, proposals), merging a map into the one already there. */
export function setFollowupTop(doc: Document, values: Record<string, unknown>): Applied {
  const root = rootMap(doc);
  const added = Object.keys(values).filter((k) => !root.has(k));
  mergeEntry(doc, root, values);
  for (const k of added) placeTop(doc, k);
  const review = root.get('review', true);
  if (isMap(review)) review.flow = false;
  return { id: Object.keys(values).join(', '), replaced: added.length === 0, at: [] };
}
