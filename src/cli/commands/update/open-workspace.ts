// Opens a workspace for `plan update` and `plan diff`: the folder (argument, else the workspace that
// holds the current folder), the messages' language, and the loaded plan.
import path from 'node:path';
import type { CliIO } from '../../io.js';
import { UsageError } from '../../errors.js';
import { resolveLang } from '../../../i18n/catalog.js';
import { tu } from '../../../i18n/update.js';
import type { Lang } from '../../../core/diagnostics/diagnostic.js';
import type { Plan } from '../../../core/plan/workspace.js';
import { readTextMaybe } from '../../../io/read-source.js';
import { planLang } from '../../../io/validate-run.js';
import { isWorkspace, loadWorkspace } from '../../../io/load-workspace.js';
import { findWorkspace } from '../../../io/targets.js';

/** A loaded workspace and the language its messages are said in. */
export interface OpenedWorkspace {
  dir: string;
  lang: Lang;
  plan: Plan;
}

/** The language of the messages for the workspace at `dir`: --lang, else plan.yaml's lang, else the environment. */
export function workspaceLang(dir: string, flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  let text: string | undefined;
  try {
    text = readTextMaybe(path.join(dir, 'plan.yaml'));
  } catch {
    text = undefined;
  }
  return resolveLang(flag, planLang(text), env);
}

/** Resolves and loads a workspace; a folder without plan.yaml is a usage error. */
export async function openWorkspace(ws: string | undefined, flags: { lang?: string }, io: CliIO, lang?: Lang): Promise<OpenedWorkspace> {
  const dir = ws ? path.resolve(io.cwd, ws) : ((await findWorkspace(io.cwd)) ?? io.cwd);
  const l = lang ?? workspaceLang(dir, flags.lang, io.env);
  if (!(await isWorkspace(dir))) throw new UsageError(tu('u.noWorkspace', l, { dir: ws ?? '.' }), l);
  const display = (abs: string) => path.relative(dir, abs).split(path.sep).join('/') || '.';
  const loaded = await loadWorkspace(dir, { lang: l, display });
  return { dir, lang: l, plan: loaded.plan };
}
