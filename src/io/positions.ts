/* eslint-disable @typescript-eslint/no-explicit-any -- yaml AST nodes walked by data path, checked with isMap/isSeq/isPair at each step */
// Turns data paths into line and column, from the YAML nodes' source ranges. Used only for files
// that have diagnostics, so clean files never pay for the position-keeping parser.
import type { DataPath } from '../core/diagnostics/diagnostic.js';

export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export interface Locator {
  /** The span of the node at `path` (or of its key when `key` is set); the nearest existing ancestor when the path does not exist. */
  locate(path: DataPath, opts?: { key?: boolean }): Span;
}

/** Builds a locator over one file's text. */
export async function makeLocator(text: string): Promise<Locator> {
  const { parseDocument, LineCounter, isMap, isSeq, isScalar, isPair } = await import('yaml');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false, keepSourceTokens: false });
  const span = (range: readonly [number, number, number?] | null | undefined): Span => {
    const [start, end] = range ?? [0, 0];
    const a = lc.linePos(start);
    const b = lc.linePos(Math.max(start, end));
    return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
  };
  return {
    locate(path, opts = {}) {
      let node: any = doc.contents;
      let keyNode: any = undefined;
      for (const seg of path) {
        let next: any;
        keyNode = undefined;
        if (isMap(node)) {
          const pair = node.items.find((p: any) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
          if (pair) {
            next = pair.value ?? pair.key;
            keyNode = pair.key;
          }
        } else if (isSeq(node) && typeof seg === 'number') next = node.items[seg];
        if (!next) break;
        node = next;
      }
      const target = opts.key && keyNode ? keyNode : node;
      return span(target?.range);
    },
  };
}
