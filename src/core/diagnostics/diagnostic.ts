// The one diagnostic shape shared by YAML errors, schema errors and domain rules.

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'ar' | 'fr' | 'en';
/** A location inside a parsed YAML document, as keys and indexes from its root. */
export type DataPath = ReadonlyArray<string | number>;

/** A finding about one file. Positions are 1-based; they are filled in after the checks ran. */
export interface Diagnostic {
  file: string;
  code: string;
  severity: Severity;
  message: string;
  path: DataPath;
  line?: number;
  col?: number;
  endLine?: number;
  endCol?: number;
  expected?: string;
  found?: string;
  /** Legal or practical basis of the rule, for reporters that show it. */
  basis?: string;
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** True when `severity` is at least as serious as `threshold`. */
export const atLeast = (severity: Severity, threshold: Severity): boolean => RANK[severity] >= RANK[threshold];

/** Stable order for output: file, then position, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.col ?? 0) - (b.col ?? 0) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Counts by severity. */
export function countBySeverity(ds: readonly Diagnostic[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of ds) c[d.severity]++;
  return c;
}
