// Expands `plan validate` arguments (workspaces, files, globs) into the units to check.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { KIND_DIRS, kindOfPath, type SchemaKind } from '../core/schema/kinds.js';
import { isWorkspace } from './load-workspace.js';
import { inHistory } from '../core/update/history-dir.js';

export type Target =
  /** A whole workspace; `only`, when set, limits the report to these files (absolute paths). */
  | { type: 'workspace'; dir: string; only?: Set<string> }
  /** A plan file outside any workspace: checked alone. */
  | { type: 'file'; abs: string; kind: SchemaKind }
  /** A YAML file that is not a plan file. */
  | { type: 'unknown'; abs: string }
  | { type: 'missing'; abs: string }
  /** A folder with no plan.yaml. */
  | { type: 'notWorkspace'; dir: string }
  | { type: 'noMatch'; pattern: string };

const GLOB = /[*?[\]{}]/;

/** Resolves inputs relative to `cwd`, in the order given, merging files of the same workspace. */
export async function resolveTargets(inputs: readonly string[], cwd: string): Promise<Target[]> {
  const out: Target[] = [];
  const workspaces = new Map<string, Extract<Target, { type: 'workspace' }>>();
  const addWorkspace = (dir: string, file?: string) => {
    let w = workspaces.get(dir);
    if (!w) {
      w = { type: 'workspace', dir, only: file ? new Set() : undefined };
      workspaces.set(dir, w);
      out.push(w);
    }
    if (!file) w.only = undefined;
    else w.only?.add(file);
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    const st = await stat(abs).catch(() => undefined);
    let paths: string[];
    if (st) paths = [abs];
    else if (GLOB.test(input)) {
      const { glob } = await import('tinyglobby');
      paths = (await glob(input, { cwd, absolute: true, onlyFiles: false, dot: false })).sort();
      // The frozen versions of an updated plan (history/<n>/) are not checked again by a pattern; named
      // by their path, they are.
      if (!inHistory(input.replace(/^(\.\/)+/, ''))) {
        const kept: string[] = [];
        for (const p of paths) if (!(await frozenVersion(p))) kept.push(p);
        paths = kept;
      }
      if (!paths.length) {
        out.push({ type: 'noMatch', pattern: input });
        continue;
      }
    } else {
      out.push({ type: 'missing', abs });
      continue;
    }
    for (const p of paths) {
      const s = p === abs && st ? st : await stat(p).catch(() => undefined);
      if (s?.isDirectory()) {
        if (await isWorkspace(p)) addWorkspace(p);
        else {
          // A folder of workspaces (a firm's `communes/`): check each one it holds directly.
          const children = await childWorkspaces(p);
          if (children.length) children.forEach((c) => addWorkspace(c));
          else out.push({ type: 'notWorkspace', dir: p });
        }
        continue;
      }
      const kind = kindOfPath(p);
      if (!kind) {
        out.push({ type: 'unknown', abs: p });
        continue;
      }
      const sub = (KIND_DIRS as Partial<Record<SchemaKind, string>>)[kind];
      const root = sub ? path.dirname(path.dirname(p)) : path.dirname(p);
      if (sub && path.basename(path.dirname(p)) !== sub) out.push({ type: 'file', abs: p, kind });
      else if (await isWorkspace(root)) addWorkspace(root, p);
      else out.push({ type: 'file', abs: p, kind });
    }
  }
  return out;
}

/** True when `p` lies in a frozen version (history/<n>/) of the workspace that holds it. */
async function frozenVersion(p: string): Promise<boolean> {
  for (let dir = path.dirname(p); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const rel = path.relative(dir, p);
    if (inHistory(rel) && (await isWorkspace(dir))) return true;
  }
  return false;
}

/** The workspaces directly inside `dir`, sorted by name. */
async function childWorkspaces(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1)))
    if (await isWorkspace(path.join(dir, e.name))) out.push(path.join(dir, e.name));
  return out;
}

/**
 * The workspace that holds `start`: the nearest folder at or above it with a plan.yaml, as git finds
 * its repository; undefined when there is none up to the file system's root.
 */
export async function findWorkspace(start: string): Promise<string | undefined> {
  let dir = path.resolve(start);
  for (;;) {
    if (await isWorkspace(dir)) return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
