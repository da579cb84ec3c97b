// The input of every reporter: the diagnostics of a run and what they are about.
import type { Diagnostic, Lang, Severity } from '../core/diagnostics/diagnostic.js';
import type { PhaseStatus } from '../core/plan/phase-status.js';

/** What reporters need to know about a rule (for SARIF rule metadata and help texts). */
export interface RuleMeta {
  code: string;
  title: string;
  severity: Severity;
  basis: string;
  unverified: boolean;
}

/** One workspace of the run. */
export interface WorkspaceResult {
  root: string;
  phase: PhaseStatus;
}

/** Everything a reporter formats. Reporters are pure: `(report) => string`. */
export interface Report {
  tool: { name: string; version: string };
  lang: Lang;
  /** All diagnostics, sorted (see compareDiagnostics). */
  diagnostics: Diagnostic[];
  /** Every file that was checked, including clean ones (JUnit lists them as passing test cases). */
  files: string[];
  workspaces: WorkspaceResult[];
  /** Source text of the files that have diagnostics, for code frames. */
  sources: Record<string, string>;
  /** Metadata of every rule and built-in check code that may appear. */
  rules: RuleMeta[];
  /** Fail threshold of the run, for reporters that say whether it passed. */
  failOn: Severity;
  /** Use colours (pretty only); false when NO_COLOR is set or output is not a terminal. */
  color: boolean;
}

export type Reporter = (report: Report) => string;
