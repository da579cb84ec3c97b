// The update a workspace records (plan.yaml `update`), with what it changes against its frozen base
// (history/<n>/, read with the same loader): what the printed plan's annex lists.
import path from 'node:path';
import type { Plan } from '../core/plan/workspace.js';
import type { UpdateInfo } from '../core/update/annex-view.js';
import { isWorkspace, loadWorkspace, type LoadOptions } from './load-workspace.js';

/** The update of the plan at `dir` and its diff, or undefined when it records none (or its base is gone). */
export async function loadUpdate(dir: string, plan: Plan, opts: LoadOptions): Promise<UpdateInfo | undefined> {
  const update = plan.manifest?.data.update;
  if (!update) return undefined;
  const baseDir = path.join(dir, ...update.base.split('/'));
  if (!(await isWorkspace(baseDir))) return undefined;
  const [base, { diffPlans }] = await Promise.all([loadWorkspace(baseDir, { ...opts, root: undefined }), import('../core/update/plan-diff.js')]);
  return { number: update.number, base: update.base, diff: diffPlans(base.plan, plan) };
}
