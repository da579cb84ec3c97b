// The plan model: a workspace's files, parsed, each kept with the path it came from.
import type {
  AdoptionFile,
  CommuneFile,
  ConsultationsFile,
  DiagnosisFile,
  FinanceFile,
  FollowupFile,
  IndicatorsFile,
  PlanFile,
  PrioritiesFile,
  ProjectFile,
} from './schema-types.js';
import type { SchemaKind } from '../schema/kinds.js';

/** One parsed YAML file of the plan. `file` is the path as given to the user (relative when possible). */
export interface Doc<T> {
  file: string;
  kind: SchemaKind;
  data: T;
}

/**
 * A workspace as the checks see it. Any file may be missing (a plan in progress). Only files that
 * parsed and passed their schema are present here; `invalid` names the kinds that had a file failing.
 */
export interface Plan {
  root: string;
  manifest?: Doc<PlanFile>;
  commune?: Doc<CommuneFile>;
  diagnosis?: Doc<DiagnosisFile>;
  consultations?: Doc<ConsultationsFile>;
  priorities?: Doc<PrioritiesFile>;
  projects: Doc<ProjectFile>[];
  finance?: Doc<FinanceFile>;
  indicators?: Doc<IndicatorsFile>;
  adoption?: Doc<AdoptionFile>;
  /** The yearly follow-up after adoption (followup/<year>.yaml), sorted by file name. */
  followup: Doc<FollowupFile>[];
  /** Kinds with at least one file that failed to parse or to match its schema. */
  invalid: Set<SchemaKind>;
  /** Kinds with at least one file present (valid or not). */
  present: Set<SchemaKind>;
  /** The day the plan is judged on (YYYY-MM-DD): recorded facts may not lie after it. Set by the caller. */
  today?: string;
}

/** An empty plan rooted at `root`. */
export const emptyPlan = (root: string): Plan => ({ root, projects: [], followup: [], invalid: new Set(), present: new Set() });
