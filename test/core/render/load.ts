// Loads a workspace for the render tests, and renders it without fonts (so snapshots stay small).
import path from 'node:path';
import { loadWorkspace } from '../../../src/io/load-workspace.js';
import { buildViewModel, type ViewOptions } from '../../../src/core/render/build-view-model.js';
import { compileTemplates } from '../../../src/core/render/render-html.js';
import { loadTemplates } from '../../../src/io/browser/load-templates.js';
import type { Plan } from '../../../src/core/plan/workspace.js';

export const repo = path.resolve(__dirname, '../../..');
export const MINIMAL = path.join(repo, 'test/fixtures/minimal');

export async function loadPlan(dir = MINIMAL): Promise<Plan> {
  return (await loadWorkspace(dir, { lang: 'en' })).plan;
}

export function htmlOf(plan: Plan, opts: Partial<ViewOptions> = {}, templatesDir?: string): string {
  const render = compileTemplates(loadTemplates(templatesDir));
  return render(buildViewModel(plan, { mode: 'ar', draft: false, generator: 'plan test', ...opts }), { fontCss: '' });
}
