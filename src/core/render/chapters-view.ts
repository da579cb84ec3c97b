// The chapters a published PAC holds besides the core ones, gathered for the templates under
// `chapters` (their place and lines in the table of contents: src/core/render/chapters.ts).
import type { Plan } from '../plan/workspace.js';
import { acronymsView, listsView, type AcronymRow, type ListEntry } from './front-matter-view.js';
import { capacityView, type CapacityView } from './capacity-view.js';
import { communeMeansView, type CommuneMeansView } from './commune-means-view.js';
import { convergenceView, type ConvergenceView } from './convergence-view.js';
import { deliberationView, type DeliberationView } from './deliberation-view.js';
import { demographyView, type DemographyView } from './demography-view.js';
import { implementationView, type ImplementationView } from './implementation-view.js';
import { methodView, type MethodStage } from './method-view.js';
import { summaryView, type ExecutiveSummary } from './summary-view.js';
import { printedIn, type ChapterSpec } from './chapters.js';
import type { DocMode, ProjectSheet, ViewModel } from './view-model.js';

/** Everything the added chapters show (templates read it as `chapters.*`). */
export interface ChaptersView {
  summary: ExecutiveSummary;
  acronyms: AcronymRow[];
  lists: { tables: ListEntry[]; figures: ListEntry[] };
  method: MethodStage[];
  demography: DemographyView;
  means: CommuneMeansView;
  capacity: CapacityView;
  convergence: ConvergenceView;
  implementation: ImplementationView;
  deliberation: DeliberationView;
}

/** Builds the added chapters from the plan and the parts of the view model they sum up. */
export function chaptersView(
  plan: Plan,
  parts: { finance: ViewModel['finance']; sheets: ProjectSheet[]; years: number[] },
  mode: DocMode,
  list?: readonly ChapterSpec[],
): ChaptersView {
  return {
    summary: summaryView(plan, parts.finance, parts.sheets, parts.years),
    // Computed only for the documents that print it (an Arabic-only one writes names in full).
    acronyms: printedIn('acronyms', mode, list) ? acronymsView(plan) : [],
    // Filled from the table of contents (listsOf).
    lists: { tables: [], figures: [] },
    method: methodView(plan),
    demography: demographyView(plan),
    means: communeMeansView(plan),
    capacity: capacityView(plan, parts.years),
    convergence: convergenceView(plan),
    implementation: implementationView(plan),
    deliberation: deliberationView(plan),
  };
}

/** The lists of tables and figures, from the finished table of contents. */
export function listsOf(vm: ViewModel): ChaptersView['lists'] {
  const d = vm.chapters.demography;
  return listsView(vm.toc, {
    'sec-participationByType': [{ anchor: 'sec-participationByType', keys: ['chart.bySex'] }],
    'sec-censuses': [{ anchor: 'fig-population', keys: d.trend ? ['chart.population'] : [] }],
    'sec-pyramid': [{ anchor: 'fig-pyramid', keys: d.pyramid ? ['chart.pyramid'] : [] }],
    'sec-charts': [{ anchor: 'sec-charts', keys: ['sec.charts'] }],
  });
}
