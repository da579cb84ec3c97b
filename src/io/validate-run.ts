// Checks every target of a `plan validate` run and gathers one Report-ready result.
import path from 'node:path';
import type { Diagnostic, Lang } from '../core/diagnostics/diagnostic.js';
import { compareDiagnostics } from '../core/diagnostics/diagnostic.js';
import { emptyPlan } from '../core/plan/workspace.js';
import { phaseStatus } from '../core/plan/phases.js';
import type { WorkspaceResult } from '../reporters/report.js';
import { KIND_FILES } from '../core/schema/kinds.js';
import { t } from '../i18n/messages.js';
import { checkLoaded, checkWorkspace, type CheckOptions } from './check-workspace.js';
import { addToPlan, loadFile, type LoadedWorkspace } from './load-workspace.js';
import type { Target } from './targets.js';
import { defaultDisplay } from './display-path.js';
import { readTextMaybe } from './read-source.js';

export interface RunResult {
  diagnostics: Diagnostic[];
  files: string[];
  workspaces: WorkspaceResult[];
  sources: Record<string, string>;
}

/** Checks the targets one after another (memory stays flat however many workspaces there are). */
export async function validateTargets(targets: readonly Target[], opts: CheckOptions): Promise<RunResult> {
  const display = opts.display ?? defaultDisplay;
  const res: RunResult = { diagnostics: [], files: [], workspaces: [], sources: {} };
  const fileProblem = (file: string, code: string, message: string, extra: Partial<Diagnostic> = {}) => {
    res.files.push(file);
    res.diagnostics.push({ file, code, severity: 'error', message, path: [], ...extra });
  };
  for (const target of targets) {
    switch (target.type) {
      case 'workspace': {
        const checked = await checkWorkspace(target.dir, { ...opts, display });
        const keep = target.only ? new Set([...target.only].map(display)) : undefined;
        const pick = (f: string) => !keep || keep.has(f);
        res.workspaces.push({ root: checked.root, phase: checked.phase });
        res.files.push(...checked.files.filter(pick));
        res.diagnostics.push(...checked.diagnostics.filter((d) => pick(d.file)));
        for (const [f, text] of checked.sources) if (pick(f)) res.sources[f] = text;
        break;
      }
      case 'file': {
        const ws: LoadedWorkspace = { plan: emptyPlan(display(path.dirname(target.abs))), diagnostics: [], sources: new Map(), files: [] };
        addToPlan(ws, await loadFile(target.abs, target.kind, { ...opts, display }));
        const checked = await checkLoaded(ws, { ...opts, display });
        res.files.push(...checked.files);
        res.diagnostics.push(...checked.diagnostics);
        for (const [f, text] of checked.sources) res.sources[f] = text;
        break;
      }
      case 'unknown':
        fileProblem(display(target.abs), 'PAC-FIL-006', t('file.unknownKind', opts.lang, { names: Object.values(KIND_FILES).join(', ') }));
        break;
      case 'missing':
        fileProblem(display(target.abs), 'PAC-FIL-001', t('file.missing', opts.lang));
        break;
      case 'notWorkspace': {
        const file = display(target.dir);
        fileProblem(file, 'PAC-FIL-005', t('file.notWorkspace', opts.lang), { expected: KIND_FILES.plan, found: '—' });
        res.workspaces.push({ root: file, phase: phaseStatus(emptyPlan(file)) });
        break;
      }
      case 'noMatch':
        fileProblem(target.pattern, 'PAC-FIL-001', t('file.noMatch', opts.lang, { pattern: target.pattern }));
        break;
    }
  }
  res.diagnostics.sort(compareDiagnostics);
  return res;
}

/** The language a plan asks for in plan.yaml (`lang: ar`), read cheaply before loading. */
export function planLang(text: string | undefined): Lang | undefined {
  const m = text ? /^lang:\s*["']?(ar|fr|en)\b/m.exec(text) : null;
  return (m?.[1] as Lang | undefined) ?? undefined;
}

/** The language the plan.yaml of workspace `dir` asks for; undefined when it names none or cannot be read. */
export const workspaceLang = (dir: string): Lang | undefined => planLang(readTextMaybe(path.join(dir, KIND_FILES.plan)));
