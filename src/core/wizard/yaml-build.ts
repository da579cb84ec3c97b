// Builds the text of a new plan file with the yaml Document API: the modeline first, short guiding
// comments, bilingual texts and small records on one line, as the examples are written.
import { Document, isMap, isSeq, type Node, type Pair } from 'yaml';

/** A new file's content: data plus a comment above the document and comments beside keys. */
export interface NewYaml {
  /** File kind, for the schema modeline. */
  kind: string;
  /** Folder of the schemas relative to the file (".schemas" at the workspace root). */
  schemaDir: string;
  /** Lines of comment under the modeline. */
  header: string[];
  data: Record<string, unknown>;
  /** Comment shown at the end of a top-level key's line (or above it for a block value). */
  notes?: Record<string, string>;
  /** Top-level keys kept in block style (they grow later, e.g. council gets its committees). */
  block?: string[];
}

/** The longest line the tool writes where YAML allows it (a single long text cannot be split). */
export const MAX_LINE = 120;

/**
 * Room left for a one-line collection once its indentation and key are written: written files nest
 * up to four levels (`sectors[].problems[].text`), so a collection on one line is kept under 80
 * characters and the whole line under MAX_LINE.
 */
export const FLOW_WIDTH = 80;

// The length of a collection written on one line: `{ a: 1, b: x }`, `[ a, b ]`.
function flowLength(value: unknown): number {
  if (Array.isArray(value)) return 4 + value.reduce((s: number, v) => s + flowLength(v) + 2, 0);
  if (value && typeof value === 'object') return 4 + Object.entries(value).reduce((s: number, [k, v]) => s + k.length + 2 + flowLength(v) + 2, 0);
  // Quotes may be needed around a scalar; count them.
  return String(value).length + 2;
}

/** Whether a collection still fits on one line once written (see FLOW_WIDTH). */
export const fitsFlow = (n: { toJSON(): unknown }): boolean => flowLength(n.toJSON()) <= FLOW_WIDTH;

// Maps whose keys are all short scalars are written on one line: {ar, fr} texts, periods, counts.
/** Puts small maps and scalar lists of `node` on one line, as the examples are written, when the line stays short. */
export function flowSmall(node: unknown): void {
  const fits = fitsFlow;
  if (isMap(node)) {
    const scalars = node.items.every((p: Pair) => !isMap(p.value) && !isSeq(p.value));
    if (scalars && node.items.length <= 6 && fits(node)) node.flow = true;
    else {
      node.flow = false;
      for (const p of node.items) flowSmall(p.value);
    }
  } else if (isSeq(node)) {
    if (node.items.every((i) => !isMap(i) && !isSeq(i)) && fits(node)) node.flow = true;
    else {
      node.flow = false;
      for (const i of node.items) flowSmall(i);
    }
  }
}

/** The text of a new YAML plan file. */
export function buildYaml(spec: NewYaml): string {
  const doc = new Document(spec.data);
  doc.commentBefore = [` yaml-language-server: $schema=${spec.schemaDir}/${spec.kind}.json`, ...spec.header.map((h) => ` ${h}`)].join('\n');
  const root = doc.contents;
  if (isMap(root)) {
    for (const pair of root.items) {
      const name = String((pair.key as { value?: unknown }).value);
      if (spec.block?.includes(name) && isMap(pair.value)) for (const p of pair.value.items) flowSmall(p.value);
      else flowSmall(pair.value);
      const note = spec.notes?.[name];
      if (!note) continue;
      const v = pair.value as Node | null;
      if (v && (!(isMap(v) || isSeq(v)) || v.flow)) v.comment = ` ${note}`;
      else (pair.key as Node).commentBefore = ` ${note}`;
    }
  }
  return doc.toString({ lineWidth: 0 });
}
