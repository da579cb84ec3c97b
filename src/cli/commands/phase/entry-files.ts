// The files an edit or a removal touches: the entry's own file and every file that refers to it,
// each opened once (a priorities.yaml holds both axes and the priorities that name them), then
// saved together or shown as diffs.
import path from 'node:path';
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { closest } from 'fastest-levenshtein';
import { KIND_FILES, type SchemaKind } from '../../../core/schema/kinds.js';
import { indexOfEntry, listIds, type EntryKind } from '../../../core/wizard/entries.js';
import { findRefs, type RefAt } from '../../../core/wizard/references.js';
import type { RefSpec } from '../../../core/wizard/entries.js';
import { openYaml, saveYaml, yamlDiff, yamlText, type YamlFile } from '../../../io/yaml-edit.js';
import { tw } from '../../../i18n/wizard.js';
import { UsageError } from '../../errors.js';
import type { EditTarget } from './run-edit-form.js';

/** The open files of one command, by path relative to the workspace. */
export class FileSet {
  readonly files = new Map<string, YamlFile>();
  constructor(private readonly dir: string) {}
  open(rel: string): YamlFile {
    let y = this.files.get(rel);
    if (!y) this.files.set(rel, (y = openYaml(path.join(this.dir, rel))));
    return y;
  }
  /** The changed files' diffs, in the order they were opened. */
  diffs(): string {
    return [...this.files.values()]
      .filter((y) => yamlText(y) !== y.before)
      .map(yamlDiff)
      .join('');
  }
  /** Saves every changed file; returns the changed ones' relative paths. */
  async save(): Promise<string[]> {
    const out: string[] = [];
    for (const [rel, y] of this.files) if ((await saveYaml(y)).written) out.push(rel);
    return out;
  }
}

/** An entry found in its file. */
export interface FoundEntry {
  rel: string;
  y: YamlFile;
  node: YAMLMap;
  /** Its data path in the file ([] for a project sheet). */
  at: (string | number)[];
}

/** The files of a kind in the workspace, relative to it. */
export function filesOf(target: EditTarget, kind: SchemaKind): string[] {
  if (kind === 'project') return target.plan.projects.map((d) => d.file);
  if (kind === 'followup') return target.plan.followup.map((d) => d.file);
  return target.plan.present.has(kind) ? [KIND_FILES[kind]] : [];
}

/** Finds entry `id` of `kind`; a usage error naming the closest id when there is none. */
export function findEntry(target: EditTarget, files: FileSet, kind: EntryKind, id: string): FoundEntry {
  const known: string[] = [];
  if (!kind.list) {
    const doc = target.plan.projects.find((d) => String(d.data.id) === id);
    if (doc) {
      const y = files.open(doc.file);
      if (isMap(y.doc.contents)) return { rel: doc.file, y, node: y.doc.contents, at: [] };
    }
    known.push(...target.plan.projects.map((d) => String(d.data.id)));
  } else {
    for (const rel of filesOf(target, kind.file)) {
      const y = files.open(rel);
      const seq = y.doc.getIn(kind.list, true);
      if (!isSeq(seq)) continue;
      const items = seq.items.map((n) => (isMap(n) ? n.toJSON() : undefined));
      const i = indexOfEntry(kind, items, id);
      if (i >= 0 && isMap(seq.items[i])) return { rel, y, node: seq.items[i] as YAMLMap, at: [...kind.list, i] };
      known.push(...listIds(kind, items));
    }
  }
  const guess = known.length ? closest(id, known) : '—';
  throw new UsageError(tw('w.noEntry', target.lang, { kind: kind.name, id, guess, known: known.join(', ') || '—' }));
}

/** One reference to an entry from another place of the workspace. */
export interface FoundRef {
  rel: string;
  y: YamlFile;
  ref: RefAt;
  spec: RefSpec;
}

/** Every place that refers to `id` of `kind` (the entry's own project sheet excepted). */
export function findReferences(target: EditTarget, files: FileSet, kind: EntryKind, id: string, own?: string): FoundRef[] {
  const out: FoundRef[] = [];
  for (const spec of kind.refs)
    for (const rel of filesOf(target, spec.kind)) {
      if (rel === own && !kind.list) continue;
      const y = files.open(rel);
      for (const ref of findRefs(y.doc, spec, id)) out.push({ rel, y, ref, spec });
    }
  return out;
}

/** `file:line:col  path` for each reference, for the message that lists them. */
export async function referenceLines(refs: FoundRef[]): Promise<string[]> {
  const { makeLocator } = await import('../../../io/positions.js');
  const lines: string[] = [];
  for (const r of refs) {
    const loc = (await makeLocator(r.y.before)).locate(r.ref.path, {});
    const at = loc.line !== undefined ? `${r.rel}:${loc.line}:${loc.col ?? 1}` : r.rel;
    lines.push(`  ${at}  ${r.ref.path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('')}`);
  }
  return lines;
}
