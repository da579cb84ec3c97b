// Opens a workspace for `plan update` and `plan diff`: the folder (argument, else the workspace that
// holds the current folder), the messages' language, and the loaded plan.
import path from 'node:path';
import type { CliIO } from '../../io.js';
import { UsageError } from '../../errors.js';
import { resolveLang } from '../../../i18n/catalog.js';
import { tu } from '../../../i18n/update.js';
import type { Lang } from '../../../core/diagnostics/diagnostic.js';
import type { Plan } from '../../../core/plan/workspace.js';
import { workspaceLang } from '../../../io/validate-run.js';
import { isWorkspace, loadWorkspace } from '../../../io/load-workspace.js';
import { findWorkspace } from '../../../io/targets.js';
import { displayFrom } from '../../../io/display-path.js';

/** A loaded workspace and the language its messages are said in. */
export interface OpenedWorkspace {
  dir: string;
  lang: Lang;
  plan: Plan;
}

/** Resolves and loads a workspace; a folder without plan.yaml is a usage error. */
export async function openWorkspace(ws: string | undefined, flags: { lang?: string }, io: CliIO, lang?: Lang): Promise<OpenedWorkspace> {
  const dir = ws ? path.resolve(io.cwd, ws) : ((await findWorkspace(io.cwd)) ?? io.cwd);
  const l = lang ?? resolveLang(flags.lang, workspaceLang(dir), io.env);
  if (!(await isWorkspace(dir))) throw new UsageError(tu('u.noWorkspace', l, { dir: ws ?? '.' }), l);
  const loaded = await loadWorkspace(dir, { lang: l, display: displayFrom(dir) });
  return { dir, lang: l, plan: loaded.plan };
}
