// The chapters a published PAC holds besides the core ones, gathered for the templates under
// `chapters`, and their lines in the table of contents.
import type { DocMode } from './view-model.js';
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
import type { ProjectSheet, TocEntry, ViewModel } from './view-model.js';

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
export function chaptersView(plan: Plan, parts: { finance: ViewModel['finance']; sheets: ProjectSheet[]; years: number[] }, mode?: DocMode): ChaptersView {
  return {
    summary: summaryView(plan, parts.finance, parts.sheets, parts.years),
    // Acronyms are Latin abbreviations of French names: an Arabic-only document writes names out in full.
    acronyms: mode === 'ar' ? [] : acronymsView(plan),
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

/**
 * Adds the added chapters to the table of contents: the front matter before chapter 1, each section
 * after the last line of the chapter it belongs to (numbered on from there). Then fills the lists of
 * tables and figures from the finished table of contents.
 */
export function withChapters(toc: TocEntry[], vm: ViewModel): TocEntry[] {
  const ch = vm.chapters;
  const out = [...toc];
  const front: TocEntry[] = [
    { id: 'ch-summary', level: 1, number: '', key: 'ch.summary', text: null },
    ...(ch.acronyms.length ? [{ id: 'ch-acronyms', level: 1 as const, number: '', key: 'ch.acronyms', text: null }] : []),
    { id: 'ch-lists', level: 1, number: '', key: 'ch.lists', text: null },
  ];
  const first = out.findIndex((e) => e.level === 1 && e.number !== '');
  out.splice(first < 0 ? out.length : first, 0, ...front);
  const d = ch.demography;
  const m = ch.means;
  const im = ch.implementation;
  add(out, 'ch-framework', [['sec.method', ch.method.length]]);
  add(out, 'ch-profile', [
    ['sec.censuses', d.censuses.length],
    ['sec.pyramid', d.pyramid],
    ['sec.facilities', m.facilities.length],
    ['sec.property', m.property.length],
    ['sec.staff', m.staff],
    ['sec.ratios', m.ratios],
  ]);
  add(out, 'ch-projects', [['sec.convergence', ch.convergence.rows.length]]);
  add(out, 'ch-finance', [
    ['sec.capacity', ch.capacity.rows.length],
    ['sec.resources', ch.capacity.resources.length],
  ]);
  add(out, 'ch-monitoring', [
    ['sec.steering', im.steering.length],
    ['sec.reportingCalendar', im.reporting.length],
    ['sec.communication', im.communication.length],
  ]);
  add(out, 'ch-annexes', [
    ['sec.extract', true],
    ['sec.annexList', ch.deliberation.annexes.length],
  ]);
  ch.lists = listsView(out, {
    'sec-participationByType': [{ anchor: 'sec-participationByType', keys: ['chart.bySex'] }],
    'sec-censuses': [{ anchor: 'fig-population', keys: d.trend ? ['chart.population'] : [] }],
    'sec-pyramid': [{ anchor: 'fig-pyramid', keys: d.pyramid ? ['chart.pyramid'] : [] }],
    'sec-charts': [{ anchor: 'sec-charts', keys: ['sec.charts'] }],
  });
  return out;
}

// Inserts sections after the last line of a chapter, numbered after that chapter's last section.
function add(toc: TocEntry[], chapterId: string, sections: [string, unknown][]): void {
  const start = toc.findIndex((e) => e.id === chapterId);
  if (start < 0) return;
  let end = start + 1;
  while (end < toc.length && toc[end]!.level === 2) end++;
  const chapter = toc[start]!.number;
  let n = end - start - 1;
  const entries: TocEntry[] = sections
    .filter(([, when]) => !!when)
    .map(([key]) => ({ id: `sec-${key.split('.')[1]}`, level: 2, number: chapter ? `${chapter}.${++n}` : '', key, text: null }));
  toc.splice(end, 0, ...entries);
}
