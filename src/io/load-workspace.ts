// Loads a plan workspace (or single plan files): read, parse, schema-check, and build the Plan.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Lang } from '../core/diagnostics/diagnostic.js';
import { emptyPlan, type Doc, type Plan } from '../core/plan/workspace.js';
import { FOLLOWUP_DIR, KIND_DIRS, KIND_FILES, PROJECTS_DIR, type SchemaKind } from '../core/schema/kinds.js';
import { schemaDiagnostics, type SchemaDiagnostic } from '../core/schema/schema-diagnostics.js';
import { validators } from './validators.js';
import { messages, t } from '../i18n/messages.js';
import { lookup } from '../i18n/catalog.js';
import { tio } from '../i18n/io.js';
import { parseYaml } from './parse-yaml.js';
import { readSource, DEFAULT_MAX_BYTES, isIoProblem, type SourceProblem } from './read-source.js';
import { insideAny } from './roots.js';
import { cleanStrayTemps } from './atomic-write.js';
import { defaultDisplay } from './display-path.js';

export interface LoadOptions {
  lang: Lang;
  maxBytes?: number;
  /** How a path is shown to the user (default: relative to the current folder). */
  display?: (abs: string) => string;
  /**
   * Folders outside the workspace that its files may lead to through symbolic links (--allow-outside).
   * Any other file whose real path leaves the workspace is refused, not read.
   */
  allowOutside?: readonly string[];
  /** The workspace folder (set by loadWorkspace): a file whose real path leaves it is refused. */
  root?: string;
  /**
   * Set by loadWorkspace for a file whose folder's real path is inside `root` and whose own entry is no
   * symbolic link: its real path is inside too, so it is not resolved again.
   */
  inside?: boolean;
}

/** A loaded workspace: the Plan of its valid files, and the diagnostics of the others. */
export interface LoadedWorkspace {
  plan: Plan;
  diagnostics: SchemaDiagnostic[];
  /** Text of every file read, by displayed path (positions are resolved from it later). */
  sources: Map<string, string>;
  /** Displayed paths of every file checked. */
  files: string[];
}

/**
 * True when `dir` holds a plan.yaml. Whatever it is: a plan.yaml that is a FIFO, a device or a folder
 * makes a workspace whose plan.yaml cannot be read, which the loader says in words (not "missing").
 */
export async function isWorkspace(dir: string): Promise<boolean> {
  try {
    statSync(path.join(dir, KIND_FILES.plan));
    return true;
  } catch {
    return false;
  }
}

/** The files of a workspace, by kind, that exist (`list`: folder entries, read once per load). */
export async function workspaceFiles(dir: string, list: Lister = lister()): Promise<Array<{ abs: string; kind: SchemaKind }>> {
  const names = new Set(readdirSafe(dir, list));
  const out: Array<{ abs: string; kind: SchemaKind }> = [];
  for (const [kind, name] of Object.entries(KIND_FILES)) if (names.has(name)) out.push({ abs: path.join(dir, name), kind: kind as SchemaKind });
  for (const [kind, sub] of Object.entries(KIND_DIRS)) {
    if (!names.has(sub)) continue;
    const entries = readdirSafe(path.join(dir, sub), list);
    for (const f of entries.filter((f) => /\.ya?ml$/i.test(f) && !f.startsWith('.')).sort())
      out.push({ abs: path.join(dir, sub, f), kind: kind as SchemaKind });
  }
  return out;
}

/** Loads every plan file of the workspace at `dir`. */
export async function loadWorkspace(dir: string, opts: LoadOptions): Promise<LoadedWorkspace> {
  const display = opts.display ?? defaultDisplay;
  const result: LoadedWorkspace = { plan: emptyPlan(display(dir)), diagnostics: [], sources: new Map(), files: [] };
  const list = lister();
  const files = await workspaceFiles(dir, list);
  if (!files.some((f) => f.kind === 'plan')) {
    result.diagnostics.push({
      file: display(path.join(dir, KIND_FILES.plan)),
      code: 'PAC-FIL-005',
      severity: 'error',
      message: t('file.notWorkspace', opts.lang),
      path: [],
      expected: KIND_FILES.plan,
      found: '—',
    });
    if (!files.length) return result;
  }
  const root = realOrSelf(dir);
  const inside = plainInside(files, dir, root, list);
  // Two sets of options for all the files, not one copy per file.
  const plain = { ...opts, root, inside: true };
  const linked = { ...opts, root, inside: false };
  for (const f of files) addToPlan(result, await loadFile(f.abs, f.kind, inside.has(f.abs) ? plain : linked));
  // Temporary files of a write that was killed before its rename: said, and cleaned up.
  for (const t of cleanStrayTemps([dir, path.join(dir, PROJECTS_DIR), path.join(dir, FOLLOWUP_DIR)], (d) => readdirSafe(d, list))) {
    const file = display(t.file);
    result.files.push(file);
    result.diagnostics.push({
      file,
      code: 'PAC-FIL-008',
      severity: 'warning',
      message: tio(t.removed ? 'file.strayTemp' : 'file.strayTempKept', opts.lang, { name: path.basename(t.file) }),
      path: [],
    });
  }
  return result;
}

/** The outcome of loading one file. */
export interface LoadedFile {
  file: string;
  kind: SchemaKind;
  text?: string;
  data?: unknown;
  diagnostics: SchemaDiagnostic[];
}

/** Reads, parses and schema-checks one file of a known kind. */
export async function loadFile(abs: string, kind: SchemaKind, opts: LoadOptions): Promise<LoadedFile> {
  const file = (opts.display ?? defaultDisplay)(abs);
  if (opts.root !== undefined && !opts.inside) {
    const out = leavesRoot(abs, opts.root, opts.allowOutside ?? []);
    if (out)
      return {
        file,
        kind,
        diagnostics: [
          {
            file,
            code: 'PAC-FIL-009',
            severity: 'error',
            message: tio('file.outside', opts.lang, { target: out, dir: path.dirname(out) }),
            path: [],
            expected: opts.root,
            found: out,
          },
        ],
      };
  }
  const src = readSource(abs, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!src.ok) return { file, kind, diagnostics: [sourceDiagnostic(file, src.problem, opts.lang)] };
  const parsed = await parseYaml(src.text);
  if (!parsed.ok) {
    const p = parsed.problem;
    const code = {
      'yaml.syntax': 'PAC-YML-001',
      'yaml.duplicateKey': 'PAC-YML-002',
      'yaml.aliasLimit': 'PAC-YML-003',
      'yaml.tooDeep': 'PAC-YML-004',
      'yaml.unknownTag': 'PAC-YML-005',
    }[p.key];
    const args = {
      detail: 'detail' in p ? p.detail : undefined,
      key: 'name' in p ? p.name : undefined,
      max: 'max' in p ? p.max : undefined,
      tag: 'tag' in p ? p.tag : undefined,
    };
    const message = p.key === 'yaml.unknownTag' ? tio(p.key, opts.lang, args) : t(p.key, opts.lang, args);
    const d: SchemaDiagnostic = { file, code, severity: 'error', message, path: 'path' in p && p.path ? p.path : [] };
    if (p.key === 'yaml.unknownTag') d.found = p.tag;
    if (!('path' in p && p.path)) Object.assign(d, { line: p.line, col: p.col });
    if (p.key === 'yaml.duplicateKey') d.found = p.name;
    return { file, kind, text: src.text, diagnostics: [d] };
  }
  const validate = validators()[kind];
  if (validate(parsed.data)) return { file, kind, text: src.text, data: parsed.data, diagnostics: [] };
  const diagnostics =
    parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)
      ? [
          {
            file,
            code: 'PAC-SCH-001',
            severity: 'error' as const,
            message: t('yaml.notMapping', opts.lang),
            path: [],
            expected: t('type.object', opts.lang),
            found: lookup(messages, `type.${Array.isArray(parsed.data) ? 'array' : parsed.data === null ? 'null' : typeof parsed.data}`, opts.lang),
          },
        ]
      : schemaDiagnostics(validate.errors ?? [], parsed.data, file, opts.lang);
  return { file, kind, text: src.text, diagnostics };
}

/** Puts a loaded file into the workspace result: valid files into the Plan, problems into diagnostics. */
export function addToPlan(ws: LoadedWorkspace, l: LoadedFile): void {
  ws.files.push(l.file);
  if (l.text !== undefined) ws.sources.set(l.file, l.text);
  ws.plan.present.add(l.kind);
  ws.diagnostics.push(...l.diagnostics);
  if (l.diagnostics.some((d) => d.severity === 'error') || l.data === undefined) {
    ws.plan.invalid.add(l.kind);
    return;
  }
  const doc: Doc<unknown> = { file: l.file, kind: l.kind, data: l.data };
  if (l.kind === 'project') ws.plan.projects.push(doc as Plan['projects'][number]);
  else if (l.kind === 'followup') ws.plan.followup.push(doc as Plan['followup'][number]);
  else (ws.plan as unknown as Record<string, unknown>)[l.kind === 'plan' ? 'manifest' : l.kind] = doc;
}

/** Diagnostics of this code are problems of the file system, not of the plan: `plan validate` exits 2. */
export const IO_CODE = 'PAC-FIL-007';

/** The diagnostic of a file that could not be read or decoded. */
export function sourceDiagnostic(file: string, p: SourceProblem, lang: Lang): Diagnostic {
  const d: Diagnostic = { file, code: isIoProblem(p) ? IO_CODE : 'PAC-FIL-001', severity: 'error', message: '', path: [] };
  switch (p.key) {
    case 'file.missing':
      return { ...d, message: t(p.key, lang) };
    case 'file.io':
      return { ...d, message: tio(`file.io.${p.reason}`, lang, { code: p.code }), found: p.code };
    case 'file.notRegular':
      return { ...d, message: tio(`file.notRegular.${p.kind}`, lang), expected: tio('kind.regular', lang), found: tio(`kind.${p.kind}`, lang) };
    case 'file.utf16':
      return { ...d, code: 'PAC-FIL-002', message: tio(p.key, lang, { endian: p.endian }), line: 1, col: 1, expected: 'UTF-8', found: `UTF-16${p.endian}` };
    case 'file.binary':
      return { ...d, code: 'PAC-FIL-002', message: t(p.key, lang), expected: 'UTF-8 YAML', found: 'binary' };
    case 'file.notUtf8':
      return {
        ...d,
        code: 'PAC-FIL-002',
        message: t(p.key, lang, { offset: p.offset }),
        line: p.line,
        col: p.col,
        expected: 'UTF-8',
        found: 'invalid byte sequence',
      };
    case 'file.tooLarge':
      return { ...d, code: 'PAC-FIL-003', message: t(p.key, lang, { size: p.size, max: p.max }), expected: `≤ ${p.max}`, found: String(p.size) };
    case 'file.empty':
      return { ...d, code: 'PAC-FIL-004', message: t(p.key, lang) };
  }
}

/** The real path of `p`, or `p` when it cannot be resolved (the read that follows reports why). */
export function realOrSelf(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}

/** The real path of `abs` when it leaves `root` and every allowed folder; undefined when it stays inside. */
function leavesRoot(abs: string, root: string, allowed: readonly string[]): string | undefined {
  let real: string;
  try {
    real = realpathSync.native(abs);
  } catch {
    return undefined; // missing, loop, permission: the read reports it
  }
  return insideAny(real, [root, ...allowed.map(realOrSelf)]) ? undefined : real;
}

/**
 * The files whose real path stays inside `root` without resolving each one: one realpath per folder
 * (none for the workspace's own, already resolved as `root`), and the folder's entries say which files
 * are symbolic links. A link, or a file in a folder that leads out, is left to `leavesRoot`.
 */
function plainInside(files: ReadonlyArray<{ abs: string }>, dir: string, root: string, list: Lister): Set<string> {
  const out = new Set<string>();
  const folders = new Map<string, string[]>();
  for (const { abs } of files) {
    const folder = path.dirname(abs);
    const inFolder = folders.get(folder);
    if (inFolder) inFolder.push(abs);
    else folders.set(folder, [abs]);
  }
  for (const [folder, inFolder] of folders) {
    if (!insideAny(folder === dir ? root : realOrSelf(folder), [root])) continue;
    const plain = new Set(
      list(folder)
        .filter((e) => !e.isSymbolicLink())
        .map((e) => e.name),
    );
    for (const abs of inFolder) if (plain.has(path.basename(abs))) out.add(abs);
  }
  return out;
}

/** The entries of a folder, with their types; none when it cannot be read. */
type Lister = (dir: string) => Dirent[];

/** A lister that reads each folder once: one load lists the workspace and projects/ a single time. */
function lister(): Lister {
  const seen = new Map<string, Dirent[]>();
  return (dir) => {
    let entries = seen.get(dir);
    if (!entries) {
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        entries = [];
      }
      seen.set(dir, entries);
    }
    return entries;
  };
}

function readdirSafe(dir: string, list: Lister = lister()): string[] {
  return list(dir).map((e) => e.name);
}
