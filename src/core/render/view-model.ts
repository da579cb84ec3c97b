// The view model: everything a template may show, computed from the plan, with no formatting applied.
// Every field is present (null when the plan has nothing), so templates compile in Handlebars' strict mode
// and a misspelt field name fails loudly instead of printing nothing.

import type { ChaptersView } from './chapters-view.js';
import type { OutlineEntry } from './chapters.js';
import type { RenderKey } from '../../i18n/render.js';
import type { UpdateAnnexView } from '../update/annex-view.js';

/** The languages of a printed document: Arabic, French, or one bilingual document with Arabic first. */
export type DocMode = 'ar' | 'fr' | 'ar+fr';

/** A text from the plan: Arabic always, French when given. Templates print it with {{tx}}. */
export interface Bi {
  ar: string;
  fr: string | null;
}

/** A row of a chart: a label (a plan text, or a catalogue key) and a value. */
export interface ChartItem {
  label: Bi | null;
  key: string | null;
  value: number;
}

/** A chart, drawn as inline SVG by the {{chart}} helper. */
export interface Chart {
  kind: 'bars' | 'columns' | 'donut';
  titleKey: RenderKey;
  /** How values are written: amounts in millions of dirhams, or plain counts. */
  unit: 'mdh' | 'count';
  items: ChartItem[];
}

/** One line of the table of contents. `page` is filled only in the printed PDF. */
export interface TocEntry {
  id: string;
  level: 1 | 2;
  number: string;
  key: RenderKey | null;
  text: Bi | null;
}

export interface YearAmount {
  year: number;
  amount: number;
}

export interface ConsultationRow {
  id: string;
  date: string;
  type: string;
  theme: Bi | null;
  place: Bi | null;
  total: number;
  women: number;
  men: number;
}

export interface ParticipationRow {
  type: string;
  events: number;
  total: number;
  women: number;
  men: number;
  youth: number;
  pwd: number;
  rural: number;
}

export interface TimelineStep {
  key: string;
  date: string;
  detail: Bi | null;
  reference: string | null;
}

export interface IndicatorRow {
  id: string;
  name: Bi;
  level: string;
  unit: string | null;
  baseline: { value: number; year: number } | null;
  targets: { year: number; value: number }[];
  sexDisaggregated: boolean | null;
  source: string | null;
  frequency: string | null;
  responsible: string | null;
  project: string | null;
}

export interface ProjectSheet {
  id: string;
  /** The project's number in the document (1, 2, …, in id order): what the document prints, not the id. */
  number: number;
  anchor: string;
  title: Bi;
  axis: { id: string; number: number | null; title: Bi | null } | null;
  sector: string;
  status: string;
  /** False when the programme leaves the project out (an unfunded need or a cancelled project). */
  programmed: boolean;
  competence: string;
  owner: Bi | null;
  responsible: string | null;
  localities: Bi[];
  gps: { lat: number; lon: number } | null;
  rationale: Bi | null;
  objectives: Bi[];
  activities: Bi[];
  beneficiaries: { total: number; women: number | null; men: number | null; youth: number | null; pwd: number | null } | null;
  cost: number;
  schedule: { start: number; end: number };
  financing: { partner: Bi; amount: number; years: (number | null)[] }[];
  studies: string | null;
  land: string | null;
  prerequisiteNotes: Bi | null;
  risks: Bi[];
  indicators: { id: string; name: Bi; unit: string | null; target: number | null }[];
  priorities: { id: string; need: Bi | null; rank: number | null }[];
  pdr: Bi | null;
  agreement: { reference: string; signedOn: string | null } | null;
}

/** A printed document's metadata: its languages and direction, its marks, and the PDF's title and subject. */
export interface DocumentMeta {
  mode: DocMode;
  /** The master language: Arabic in the bilingual document. */
  lang: 'ar' | 'fr';
  dir: 'rtl' | 'ltr';
  /** True for a draft: every page is then marked. */
  draft: boolean;
  /** True for a fictitious example (plan.yaml `example: true`): the cover says so. */
  example: boolean;
  /** The PDF and HTML title (plain text). */
  title: string;
  /** The running header (plain text). */
  header: string;
  author: string;
  subject: string;
  generator: string;
}

/** Everything the templates see. Its shape is documented in docs/templates.md. */
export interface ViewModel {
  /** Asked for (--draft), or adoption and visa not yet recorded, makes `draft`. */
  meta: DocumentMeta & {
    years: number[];
  };
  cover: {
    planTitle: Bi | null;
    commune: Bi;
    communeType: 'urban' | 'rural' | null;
    region: Bi | null;
    province: Bi | null;
    provinceType: 'prefecture' | 'province' | null;
    period: { start: number; end: number } | null;
    session: { type: string; date: string } | null;
    decisionNo: string | null;
    visa: { status: string; date: string | null; reference: string | null } | null;
    preparedBy: string | null;
    logo: string | null;
  };
  /** The chapters printed, in order, with their numbers (src/core/render/chapters.ts): the layout includes their partials. */
  outline: OutlineEntry[];
  toc: TocEntry[];
  president: { word: Bi; name: string | null } | null;
  framework: {
    steps: TimelineStep[];
    consultations: ConsultationRow[];
  };
  profile: {
    identity: {
      code: string | null;
      type: string | null;
      region: Bi | null;
      province: Bi | null;
      cercle: Bi | null;
      caidat: Bi | null;
      areaKm2: number | null;
    };
    population: { census: number; total: number; men: number; women: number; households: number | null; disabled: number | null } | null;
    ageBands: { band: string; men: number; women: number; total: number }[];
    localities: { id: string; name: Bi; kind: string | null; area: string; population: number | null }[];
    council: { president: string; members: number; mandateStart: string; committees: Bi[]; bureau: { name: string; role: Bi }[] } | null;
    iecag: { members: number; women: number | null; createdOn: string | null } | null;
    sectors: {
      sector: string;
      anchor: string;
      summary: Bi | null;
      indicators: { name: Bi; value: number; unit: string; year: number; source: string; women: number | null; men: number | null }[];
      problems: { id: string; text: Bi; localities: Bi[] }[];
      potentials: { id: string; text: Bi; localities: Bi[] }[];
    }[];
  };
  participation: {
    byType: ParticipationRow[];
    totals: ParticipationRow;
    bySex: Chart;
    surveys: {
      id: string;
      title: Bi | null;
      startDate: string;
      endDate: string | null;
      method: string | null;
      sample: number | null;
      total: number;
      women: number;
      men: number;
      byAge: { band: string; count: number }[];
    }[];
    swot: { strengths: Bi[]; weaknesses: Bi[]; opportunities: Bi[]; threats: Bi[] } | null;
    gender: { summary: Bi; findings: Bi[]; recommendations: Bi[] } | null;
  };
  vision: {
    vision: Bi | null;
    axes: { id: string; number: number; title: Bi | null; objectives: Bi[]; pdr: Bi | null }[];
    criteria: { id: string; name: Bi; weight: number; min: number; max: number }[];
    matrix: {
      id: string;
      need: Bi;
      sector: string;
      axis: string | null;
      axisNumber: number | null;
      scores: (number | null)[];
      score: number | null;
      rank: number | null;
    }[];
    /** True when ranks come from `plan prioritize` (weighted_score/rank); false when listed in file order. */
    ranked: boolean;
  };
  projects: {
    byAxis: {
      axis: { id: string; number: number | null; title: Bi | null } | null;
      projects: { id: string; number: number; anchor: string; title: Bi; sector: string; cost: number; start: number; end: number; status: string }[];
      total: number;
    }[];
    total: number;
    sheets: ProjectSheet[];
  };
  finance: {
    /** Where the programming comes from: finance.yaml `programme` (written by plan select) or the project sheets. */
    source: 'programme' | 'projects';
    charts: { bySector: Chart; byYear: Chart; byPartner: Chart };
    retrospective: {
      year: number;
      ownRevenue: number;
      vatShare: number | null;
      otherTransfers: number | null;
      operating: number;
      debt: number;
      surplus: number | null;
    }[];
    projection: { year: number; ownResources: number; transfers: number; operating: number; debt: number; capacity: number }[];
    /** Project × partner × year. */
    plan: {
      id: string;
      number: number | null;
      title: Bi;
      rows: { partner: Bi; years: (number | null)[]; total: number }[];
      years: (number | null)[];
      total: number;
    }[];
    /** Project × year over the six years. */
    programming: { id: string; number: number | null; title: Bi; years: (number | null)[]; total: number }[];
    yearTotals: number[];
    total: number;
    partners: { name: Bi; type: string; total: number; share: number }[];
    /** Needs left out of the programme, each with the reason in one sentence (names, not ids). */
    unfunded: { id: string; number: number | null; title: Bi | null; reason: Bi }[];
    /** How the programme written by plan select was proven: optimal, or the gap left by the time limit. */
    proof: { optimal: boolean; gap: number } | null;
  };
  monitoring: {
    indicators: IndicatorRow[];
    targetYears: number[];
    reporting: { month: number | null; responsible: string | null } | null;
  };
  annexes: {
    adopted: boolean;
    session: { type: string; date: string; agendaSentOn: string | null; convocations: { number: number; date: string; present: number }[] } | null;
    membersInOffice: number | null;
    votes: { for: number; against: number; abstain: number } | null;
    decisionNo: string | null;
    minutesRef: string | null;
    monitoringAttached: boolean | null;
    committeeReports: { committee: Bi; date: string; reference: string | null }[];
    visa: { receivedOn: string; visaOn: string | null; status: string; reference: string | null } | null;
    updates: { date: string; planYear: number; changes: Bi[] }[];
  };
  /** The chapters a published PAC holds besides the ones above (src/core/render/chapters-view.ts). */
  chapters: ChaptersView;
  /** The annex listing what an open or adopted update changes (src/core/update/annex-view.ts); null without update. */
  updateAnnex: UpdateAnnexView | null;
}
