// mergeEntry writes an edited entry in place; a one-line record that a longer value no longer lets fit
// becomes a block, so that no line the tool writes grows past MAX_LINE (found by the edit-sequence property).
import { describe, expect, it } from 'vitest';
import { parseDocument, type YAMLMap } from 'yaml';
import { mergeEntry } from '../../../src/core/wizard/merge-entry.js';
import { MAX_LINE } from '../../../src/core/wizard/yaml-build.js';

const entry = (text: string) => {
  const doc = parseDocument(text);
  return { doc, node: doc.getIn(['priorities', 0], true) as YAMLMap };
};

describe('mergeEntry', () => {
  it('keeps a short text on its one line', () => {
    const { doc, node } = entry('priorities:\n  - id: PRI1\n    need: { ar: الماء, fr: Eau }\n');
    mergeEntry(doc, node, { need: { ar: 'الماء', fr: 'Eau potable' } });
    expect(doc.toString({ lineWidth: 0 })).toContain('    need: { ar: الماء, fr: Eau potable }\n');
  });
  it('writes a text that no longer fits on one line as a block, every line under the limit', () => {
    const { doc, node } = entry('priorities:\n  - id: PRI1\n    need: { ar: الماء الصالح للشرب في الدوار, fr: Eau }\n');
    const fr = Array(6).fill('Aménagement').join(' ');
    mergeEntry(doc, node, { need: { ar: 'الماء الصالح للشرب في الدوار', fr } });
    const text = doc.toString({ lineWidth: 0 });
    expect(text).toContain(`    need:\n      ar: الماء الصالح للشرب في الدوار\n      fr: ${fr}\n`);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(MAX_LINE);
  });
});
