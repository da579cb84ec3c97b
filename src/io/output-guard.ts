// Keeps reports and documents off the plan: an output path that lands (through links, after realpath)
// on a file of a workspace being read, or on a YAML file inside one, is refused.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { writeTarget } from './atomic-write.js';
import { KIND_FILES, PROJECTS_DIR } from '../core/schema/kinds.js';

const PLAN_NAMES = new Set(Object.values(KIND_FILES));

async function real(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    // Not there yet: resolve its folder (which may itself be a link), keep the name.
    const dir = path.dirname(p);
    return dir === p ? p : path.join(await real(dir), path.basename(p));
  }
}

/**
 * The file of `roots` (workspace folders, or plan files read alone) that writing to `output` would
 * replace, or undefined. Inside a workspace folder, its plan files (plan.yaml… and projects/*.yaml,
 * existing or not: a new one would be read as a plan file next time) are protected; a report may still
 * be written beside them (`ws/report.sarif`).
 */
export async function workspaceFileAt(output: string, roots: readonly string[]): Promise<string | undefined> {
  const target = await real(await writeTarget(output).catch(() => output));
  for (const r of roots) {
    const root = await real(r);
    if (target === root) return output;
    const dir = path.dirname(target);
    if (dir === root && PLAN_NAMES.has(path.basename(target))) return output;
    if (dir === path.join(root, PROJECTS_DIR) && /\.ya?ml$/i.test(target)) return output;
  }
  return undefined;
}
