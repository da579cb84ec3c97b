// Edits the user's YAML through the yaml Document API, so comments, key order and formatting survive,
// and saves atomically (or shows the diff with --dry-run).
import { readFileSync } from 'node:fs';
import { parseDocument, type Document } from 'yaml';
import { createTwoFilesPatch } from 'diff';
import { writeFileAtomic } from './atomic-write.js';
import { keepOriginalLines } from './yaml-layout.js';

/** An open YAML file: its parsed document and the text it was read from. */
export interface YamlFile {
  file: string;
  doc: Document;
  before: string;
}

/** Options of every YAML write the tool makes. */
export interface SaveOptions {
  /** Show the change instead of writing it. */
  dryRun?: boolean;
  /** Allowed to replace a file that did not exist when it was opened (a new file). */
  overwrite?: boolean;
}

/** Opens `file` for editing; a missing file opens as an empty document with the given header lines. */
export function openYaml(file: string, header: string[] = []): YamlFile {
  let before = '';
  try {
    before = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const doc = parseDocument(before || header.map((h) => `# ${h}`).join('\n') + '\n{}\n', { keepSourceTokens: true });
  if (doc.errors.length) throw doc.errors[0];
  return { file, doc, before };
}

/** The file's new text (BOM-free; keeps CRLF when the original used it). */
export function yamlText(y: YamlFile): string {
  const text = keepOriginalLines(y.before, y.doc.toString({ lineWidth: 0 }));
  return /\r\n/.test(y.before) ? text.replace(/\r?\n/g, '\r\n') : text;
}

/** A unified diff between the file as opened and as edited. */
export function yamlDiff(y: YamlFile): string {
  return createTwoFilesPatch(y.file, y.file, y.before, yamlText(y), undefined, undefined, { context: 3 });
}

/** Writes the edit atomically, or returns the diff without writing when `dryRun` is set. */
export async function saveYaml(y: YamlFile, opts: SaveOptions = {}): Promise<{ written: boolean; diff: string }> {
  const diff = yamlDiff(y);
  if (opts.dryRun) return { written: false, diff };
  const text = yamlText(y);
  if (text === y.before) return { written: false, diff: '' };
  // An existing file that was opened for editing is replaced; a file that appeared meanwhile is not.
  await writeFileAtomic(y.file, text, { overwrite: y.before !== '' || !!opts.overwrite });
  return { written: true, diff };
}
