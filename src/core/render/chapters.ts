// The chapters of the printed plan, in their order: the one list the layout, the chapter numbers, the
// table of contents (and so the lists of tables and figures and the PDF bookmarks, which follow the
// printed headings) are made from. A chapter is added here; nothing else lists chapters.
import type { RenderKey } from '../../i18n/render.js';
import type { Bi, DocMode, TocEntry, ViewModel } from './view-model.js';

/** A line of a chapter in the table of contents: a titled section (`sec-<name>`), or a project sheet. */
export type SectionLine = { key: RenderKey; shown: unknown } | { id: string; text: Bi };

/** One chapter of the printed plan. */
export interface ChapterSpec {
  /** Its name: the anchor is `ch-<id>`, and its heading names it (`{{chapterTitle "<id>"}}`). */
  id: string;
  /** Its title in the catalogue (src/i18n/render.ts). */
  title: RenderKey;
  /** Numbered chapters are numbered 1, 2, … in the order they appear; the others (front matter) carry no number. */
  numbered: boolean;
  /** The partials printed for it, in order: its own, then those that complete it (their sections continue its numbering). */
  partials: readonly string[];
  /** The documents that hold it (default: all three). */
  modes?: readonly DocMode[];
  /** Whether the plan gives it something to print (default: always). */
  when?: (vm: ViewModel) => boolean;
  /** Its lines in the table of contents, in the order its partials print them; a section whose `shown` is falsy is left out. */
  sections?: (vm: ViewModel) => SectionLine[];
}

const sec = (key: RenderKey, shown: unknown = true): SectionLine => ({ key, shown });

/** The chapters, in the order of the document (after the cover and the table of contents). */
export const CHAPTERS: readonly ChapterSpec[] = [
  { id: 'president', title: 'ch.president', numbered: false, partials: ['president'], when: (vm) => !!vm.president },
  { id: 'summary', title: 'ch.summary', numbered: false, partials: ['summary'] },
  // Acronyms are Latin abbreviations of French names: an Arabic-only document writes names out in full.
  { id: 'acronyms', title: 'ch.acronyms', numbered: false, partials: ['acronyms'], modes: ['fr', 'ar+fr'], when: (vm) => vm.chapters.acronyms.length > 0 },
  { id: 'lists', title: 'ch.lists', numbered: false, partials: ['lists'] },
  {
    id: 'framework',
    title: 'ch.framework',
    numbered: true,
    partials: ['framework', 'method'],
    sections: (vm) => [
      sec('sec.legal'),
      sec('sec.timeline'),
      sec('sec.consultations', vm.framework.consultations.length),
      sec('sec.method', vm.chapters.method.length),
    ],
  },
  {
    id: 'profile',
    title: 'ch.profile',
    numbered: true,
    partials: ['profile', 'diagnosis-more'],
    sections: (vm) => [
      sec('sec.identity'),
      sec('sec.population', vm.profile.population),
      sec('sec.localities', vm.profile.localities.length),
      sec('sec.diagnosis', vm.profile.sectors.length),
      sec('sec.censuses', vm.chapters.demography.censuses.length),
      sec('sec.pyramid', vm.chapters.demography.pyramid),
      sec('sec.facilities', vm.chapters.means.facilities.length),
      sec('sec.property', vm.chapters.means.property.length),
      sec('sec.staff', vm.chapters.means.staff),
      sec('sec.ratios', vm.chapters.means.ratios),
    ],
  },
  {
    id: 'participation',
    title: 'ch.participation',
    numbered: true,
    partials: ['participation'],
    sections: (vm) => [
      sec('sec.participationByType'),
      sec('sec.surveys', vm.participation.surveys.length),
      sec('sec.swot', vm.participation.swot),
      sec('sec.gender', vm.participation.gender),
    ],
  },
  {
    id: 'vision',
    title: 'ch.vision',
    numbered: true,
    partials: ['vision'],
    sections: (vm) => [
      sec('sec.vision', vm.vision.vision),
      sec('sec.axes', vm.vision.axes.length),
      sec('sec.matrix', vm.vision.matrix.length),
      sec('sec.ranked', vm.vision.matrix.length),
    ],
  },
  {
    id: 'projects',
    title: 'ch.projects',
    numbered: true,
    partials: ['projects', 'convergence'],
    sections: (vm) => [
      sec('sec.portfolio'),
      ...vm.projects.sheets.map((s) => ({ id: s.anchor, text: s.title })),
      sec('sec.convergence', vm.chapters.convergence.rows.length),
    ],
  },
  {
    id: 'finance',
    title: 'ch.finance',
    numbered: true,
    partials: ['finance', 'capacity'],
    sections: (vm) => [
      sec('sec.charts'),
      sec('sec.retrospective', vm.finance.retrospective.length),
      sec('sec.projection', vm.finance.projection.length),
      sec('sec.financingPlan'),
      sec('sec.programming'),
      sec('sec.unfunded', vm.finance.unfunded.length),
      sec('sec.capacity', vm.chapters.capacity.rows.length),
      sec('sec.resources', vm.chapters.capacity.resources.length),
    ],
  },
  {
    id: 'monitoring',
    title: 'ch.monitoring',
    numbered: true,
    partials: ['monitoring', 'implementation'],
    sections: (vm) => [
      sec('sec.indicatorMatrix'),
      sec('sec.reporting', vm.monitoring.reporting),
      sec('sec.steering', vm.chapters.implementation.steering.length),
      sec('sec.reportingCalendar', vm.chapters.implementation.reporting.length),
      sec('sec.communication', vm.chapters.implementation.communication.length),
    ],
  },
  {
    id: 'annexes',
    title: 'ch.annexes',
    numbered: true,
    partials: ['annexes', 'update-annex', 'deliberation'],
    sections: (vm) => [
      sec('sec.deliberation'),
      sec('sec.committeeReports', vm.annexes.committeeReports.length),
      sec('sec.visa', vm.annexes.visa),
      sec('sec.updates', vm.annexes.updates.length),
      // An update's changes against the adopted version (update-annex prints nothing without one).
      ...(vm.updateAnnex ? [{ id: 'sec-updateChanges', text: vm.updateAnnex.title }] : []),
      sec('sec.extract'),
      sec('sec.annexList', vm.chapters.deliberation.annexes.length),
    ],
  },
];

/** Whether the list prints chapter `id` in a document of `mode` (before any condition on the plan). */
export function printedIn(id: string, mode: DocMode, chapters: readonly ChapterSpec[] = CHAPTERS): boolean {
  const c = chapters.find((e) => e.id === id);
  return !!c && (!c.modes || c.modes.includes(mode));
}

/** Partials that are not chapters: printed by the layout itself, or inside a chapter's partial. */
export const OTHER_PARTIALS = ['cover', 'toc', 'chapters-style', 'project-sheet', 'sheet-extras'] as const;

/** A chapter as printed: its number (empty when unnumbered) and the partials the layout includes for it. */
export interface OutlineEntry {
  id: string;
  number: string;
  title: RenderKey;
  partials: { name: string }[];
}

/** The chapters a document prints, in order, numbered. `chapters` is the list (a test may pass another). */
export function outlineOf(vm: ViewModel, chapters: readonly ChapterSpec[] = CHAPTERS): OutlineEntry[] {
  let n = 0;
  return chapters
    .filter((c) => printedIn(c.id, vm.meta.mode, chapters) && (!c.when || c.when(vm)))
    .map((c) => ({ id: c.id, number: c.numbered ? String(++n) : '', title: c.title, partials: c.partials.map((name) => ({ name })) }));
}

/** The table of contents: each printed chapter, then its sections that have something to show, numbered `<chapter>.<n>`. */
export function tableOfContents(vm: ViewModel, outline: readonly OutlineEntry[], chapters: readonly ChapterSpec[] = CHAPTERS): TocEntry[] {
  const byId = new Map(chapters.map((c) => [c.id, c]));
  const toc: TocEntry[] = [];
  for (const o of outline) {
    toc.push({ id: `ch-${o.id}`, level: 1, number: o.number, key: o.title, text: null });
    let n = 0;
    const number = () => (o.number ? `${o.number}.${++n}` : '');
    for (const s of byId.get(o.id)?.sections?.(vm) ?? []) {
      if ('text' in s) toc.push({ id: s.id, level: 2, number: number(), key: null, text: s.text });
      else if (s.shown) toc.push({ id: `sec-${s.key.split('.')[1]}`, level: 2, number: number(), key: s.key, text: null });
    }
  }
  return toc;
}
