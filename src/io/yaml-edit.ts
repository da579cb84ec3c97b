// Edits the user's YAML through the yaml Document API, so comments, key order and formatting survive,
// and saves atomically (or shows the diff with --dry-run).
//
// Two commands may edit one workspace at once: openYaml() takes the workspace lock (src/io/lock.ts)
// before it reads the file, so the edit applies to the file as it is now, with every earlier edit in
// it; saveYaml() writes and releases the lock (closeYaml() releases it without writing). A file changed
// meanwhile by a program that does not take the lock (an editor) is not overwritten: EditConflictError.
import { parseDocument, type Document } from 'yaml';
import { createTwoFilesPatch } from 'diff';
import path from 'node:path';
import { cleanStrayTemps, writeFileAtomic, WriteError, writeReason } from './atomic-write.js';
import { keepOriginalLines } from './yaml-layout.js';
import { EditConflictError, lockWorkspace, LockError, workspaceOf, type Lock } from './lock.js';
import { readRegular, type SourceProblem } from './read-source.js';

/** An open YAML file: its parsed document and the text it was read from. */
export interface YamlFile {
  file: string;
  doc: Document;
  before: string;
  /** The workspace lock held while the file is open (absent in a folder where no lock can be made). */
  lock?: Lock;
}

/** Options of every YAML write the tool makes. */
export interface SaveOptions {
  /** Show the change instead of writing it. */
  dryRun?: boolean;
  /** Allowed to replace a file that did not exist when it was opened (a new file). */
  overwrite?: boolean;
}

export { EditConflictError };

/** Largest file opened for editing (as the validator's default limit). */
const MAX_EDIT_BYTES = 5 * 1024 * 1024;

/** Opens `file` for editing; a missing file opens as an empty document with the given header lines. */
export function openYaml(file: string, header: string[] = []): YamlFile {
  let lock: Lock | undefined;
  try {
    lock = lockWorkspace(workspaceOf(file));
  } catch (err) {
    // A read-only folder cannot hold a lock, and nothing can be written there either: reading (for a
    // --dry-run) goes on; a real write fails later with its own message.
    if (!(err instanceof LockError && ['EACCES', 'EPERM', 'EROFS'].includes(err.code))) throw err;
  }
  try {
    // Under the lock: the temporary files of a killed write are cleaned before anything else.
    if (lock) cleanStrayTemps([lock.dir, path.join(lock.dir, 'projects'), path.join(lock.dir, 'followup')]);
    const before = readText(file);
    const doc = parseDocument(before || header.map((h) => `# ${h}`).join('\n') + '\n{}\n', { keepSourceTokens: true });
    if (doc.errors.length) throw doc.errors[0];
    return { file, doc, before, lock };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** Releases the lock of a file opened but not saved. */
export function closeYaml(y: YamlFile): void {
  y.lock?.release();
}

/** The file's text, '' when it does not exist; only a regular file is read (never a FIFO or a device). */
function readText(file: string): string {
  const r = readRegular(file, MAX_EDIT_BYTES);
  if (r.ok) return r.buf.toString('utf8');
  if (r.problem.key === 'file.missing') return '';
  throw problemError(file, r.problem);
}

function problemError(file: string, p: SourceProblem): Error {
  if (p.key === 'file.notRegular') return new WriteError(file, p.kind === 'directory' ? 'isDir' : p.kind === 'socket' ? 'socket' : 'other', p.kind);
  if (p.key === 'file.io') return new WriteError(file, writeReason(p.code), p.code);
  return new WriteError(file, 'other', p.key);
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
  try {
    const diff = yamlDiff(y);
    if (opts.dryRun) return { written: false, diff };
    const text = yamlText(y);
    if (text === y.before) return { written: false, diff: '' };
    // Under the lock no command of ours can have changed it; another program may have.
    if (readText(y.file) !== y.before) throw new EditConflictError(y.file);
    // An existing file that was opened for editing is replaced; a file that appeared meanwhile is not.
    await writeFileAtomic(y.file, text, { overwrite: y.before !== '' || !!opts.overwrite });
    return { written: true, diff };
  } finally {
    closeYaml(y);
  }
}
