// Freezes the adopted version of a workspace before an update: its plan files, byte for byte, into
// history/<n>/ inside the workspace (a workspace of its own, that the loader of the live plan never
// reads), then restarts adoption.yaml and records the open update in plan.yaml, comments kept.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isMap, type Scalar } from 'yaml';
import { KIND_FILES, PROJECTS_DIR } from '../core/schema/kinds.js';
import { writeFileAtomic, FileExistsError } from './atomic-write.js';
import { lockWorkspace } from './lock.js';
import { openYaml, saveYaml } from './yaml-edit.js';

/** Folders copied whole besides projects/: the monitoring records when the workspace has them. */
const EXTRA_DIRS = ['followup'];

/** The files of the workspace that make its version, relative to `dir` (plan files, projects/, followup/). */
export function versionFiles(dir: string): string[] {
  const out: string[] = [];
  const isFile = (rel: string) => {
    try {
      return statSync(path.join(dir, rel)).isFile();
    } catch {
      return false;
    }
  };
  for (const name of Object.values(KIND_FILES)) if (isFile(name)) out.push(name);
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, rel)).sort();
    } catch {
      return;
    }
    for (const n of names.filter((n) => !n.startsWith('.'))) {
      const r = `${rel}/${n}`;
      if (isFile(r)) out.push(r);
      else walk(r);
    }
  };
  for (const d of [PROJECTS_DIR, ...EXTRA_DIRS]) walk(d);
  return out;
}

/** What opening the update does to the workspace. */
export interface FreezeRequest {
  dir: string;
  /** Base folder relative to the workspace (history/<n>); left untouched when `reopen`. */
  base: string;
  reopen: boolean;
  /** Start adoption.yaml afresh (a new update, or a reopened one whose adoption.yaml is still the base's). */
  resetAdoption: boolean;
  update: { number: number; started_on: string; base: string; base_in_force?: string };
  /** Comment lines of the restarted adoption.yaml, and of the `update` key of plan.yaml. */
  adoptionHeader: string;
  planComment: string;
  dryRun?: boolean;
}

/** Copies the version into `base`, restarts adoption.yaml and records the update; returns the files frozen and the plan.yaml diff. */
export async function freezePlan(req: FreezeRequest): Promise<{ frozen: string[]; diff: string }> {
  const lock = req.dryRun ? undefined : lockWorkspace(req.dir);
  try {
    const frozen = req.reopen ? [] : versionFiles(req.dir);
    const baseAbs = path.join(req.dir, ...req.base.split('/'));
    if (!req.reopen && statSync(baseAbs, { throwIfNoEntry: false })) throw new FileExistsError(baseAbs);
    if (!req.dryRun && !req.reopen) await copyVersion(req.dir, frozen, baseAbs);
    const y = openYaml(path.join(req.dir, KIND_FILES.plan));
    const root = y.doc.contents;
    if (!isMap(root)) throw new Error('plan.yaml is not a mapping');
    const node = y.doc.createNode(req.update);
    node.flow = true;
    const existing = root.items.find((p) => (p.key as Scalar | undefined)?.value === 'update' || (p.key as unknown) === 'update');
    if (existing) existing.value = node;
    else {
      const pair = y.doc.createPair('update', node);
      (pair.key as Scalar).commentBefore = ` ${req.planComment}`;
      root.items.push(pair);
    }
    const saved = await saveYaml(y, { dryRun: req.dryRun });
    // Then the update's own adoption starts empty (phases 4 and 5 again); the adopted one is in the base.
    // In this order, a run killed in between leaves plan.yaml naming the update and adoption.yaml still
    // the base's: the update counts as open, and `plan update start --force` finishes the restart.
    if (!req.dryRun && req.resetAdoption) {
      const adoption = path.join(req.dir, KIND_FILES.adoption);
      const before = readFileSync(adoption, 'utf8');
      const modeline = before.split(/\r?\n/).find((l) => /^#\s*yaml-language-server:/.test(l));
      const text = [modeline, ...req.adoptionHeader.split('\n').map((l) => `# ${l}`), '{}', ''].filter((l) => l !== undefined).join('\n');
      await writeFileAtomic(adoption, text, { overwrite: true });
    }
    return { frozen: req.dryRun ? versionFiles(req.dir) : frozen, diff: saved.diff };
  } finally {
    lock?.release();
  }
}

// The copy is made in a hidden folder beside the base and renamed into place at the end, so that a
// killed run leaves no half-frozen base (only a hidden folder the next run does not read).
async function copyVersion(dir: string, files: readonly string[], baseAbs: string): Promise<void> {
  const tmp = path.join(path.dirname(baseAbs), `.${path.basename(baseAbs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    for (const rel of files) await writeFileAtomic(path.join(tmp, ...rel.split('/')), readFileSync(path.join(dir, ...rel.split('/'))));
    await rename(tmp, baseAbs);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}
