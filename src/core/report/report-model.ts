// The view model of the annual execution report (plan report): everything its templates may show,
// computed from the plan and its follow-up files, with no formatting applied. Every field is present
// (null when the plan has nothing), so the templates compile in Handlebars' strict mode.
import type { Bi, DocumentMeta } from '../render/view-model.js';

/** Money of one line of the report: programmed by the plan, committed and paid as the follow-up records. */
export interface Money {
  programmed: number;
  committed: number;
  paid: number;
  /** paid ÷ programmed, committed ÷ programmed (null when nothing was programmed). */
  paidRate: number | null;
  committedRate: number | null;
}

/** The project states of a follow-up file, and two the report adds: absent from it, programmed later. */
export type ReportStatus = 'not_started' | 'studies' | 'tendering' | 'works' | 'done' | 'suspended' | 'cancelled' | 'not_reported' | 'later';

/** A chart of the report: single bars, or groups of bars (programmed / committed / paid). */
export interface ReportChart {
  kind: 'bars' | 'groups';
  titleKey: string;
  /** How values are written: millions of dirhams, counts, or percentages (values 0..1). */
  unit: 'mdh' | 'count' | 'pct';
  /** For groups: the catalogue keys of the series, in the order of each item's values. */
  seriesKeys: string[];
  items: { label: Bi | null; key: string | null; values: number[] }[];
}

export interface ProjectRow {
  id: string;
  number: number;
  title: Bi;
  axis: number | null;
  status: ReportStatus;
  /** Physical progress as a share (0..1), from the follow-up's percentage. */
  progress: number | null;
  start: number;
  end: number;
  /** Programmed for the report's year, committed and paid in it. */
  money: Money;
}

export interface IndicatorLine {
  id: string;
  name: Bi;
  unit: string | null;
  project: { number: number; title: Bi } | null;
  baseline: { value: number; year: number } | null;
  /** The target of the report's year, else the next one, else the last one. */
  target: { value: number; year: number } | null;
  measured: number | null;
  measuredOn: string | null;
  source: string | null;
  /** Share of the way from the baseline to the target (0..1, may pass 1); null when it cannot be said. */
  achievement: number | null;
}

export interface LateRow {
  number: number;
  title: Bi;
  status: ReportStatus;
  /** start: programmed to start by the year and not started; finish: programmed to end by the year and not done;
   *  reported: under way, with a reason for its delay in the year's follow-up. */
  kind: 'start' | 'finish' | 'reported';
  start: number;
  end: number;
  reason: Bi | null;
}

export interface StoppedRow {
  number: number;
  title: Bi;
  kind: 'suspended' | 'cancelled' | 'moved';
  reason: Bi | null;
  decision: { number: string; date: string } | null;
  movedTo: { start: number; end: number } | null;
}

/** Everything the report's templates see (docs/report.md). */
export interface ReportModel {
  /** `draft`: asked for (--draft), or the council's examination of the report not yet recorded. */
  meta: DocumentMeta & { year: number };
  cover: {
    planTitle: Bi | null;
    commune: Bi;
    region: Bi | null;
    province: Bi | null;
    period: { start: number; end: number } | null;
    year: number;
    asOf: string | null;
    review: { committeesOn: string | null; sessionOn: string | null; decisionNo: string | null } | null;
    logo: string | null;
  };
  summary: {
    /** Projects the report follows: programmed to start by the year, or in its follow-up file. */
    followed: number;
    done: number;
    late: number;
    year: Money;
    cumulated: Money;
  };
  status: {
    counts: { status: ReportStatus; count: number }[];
    chart: ReportChart;
    projects: ProjectRow[];
    total: Money;
  };
  money: {
    byYear: ({ year: number; followed: boolean } & Money)[];
    year: Money;
    cumulated: Money;
    byPartner: { id: string; name: Bi; year: Money; cumulated: Money }[];
    byAxis: { id: string | null; number: number | null; title: Bi | null; year: Money; cumulated: Money }[];
    chartYears: ReportChart;
    chartPartners: ReportChart;
  };
  indicators: { rows: IndicatorLine[]; chart: ReportChart };
  delays: { late: LateRow[]; stopped: StoppedRow[] };
  proposals: Bi[];
}
