// The machine-readable report: one JSON object whose shape is a public, stable contract.
import type { Diagnostic, Lang } from '../core/diagnostics/diagnostic.js';
import { countBySeverity } from '../core/diagnostics/diagnostic.js';
import type { PhaseStatus } from '../core/plan/phase-status.js';
import type { Report } from './report.js';

/**
 * The JSON report, version 1. Fields are only ever added, never renamed or removed.
 *
 * - `tool`: `{name, version}` of the validator.
 * - `lang`: language of every `message`, `expected` and `found` (`ar`, `fr` or `en`).
 * - `summary`: diagnostics counted by severity, and `files`, the number of files checked (clean ones included).
 * - `workspaces`: each workspace `root` with its `phase`: `current` (1–5, or 6 when all phases are
 *   complete) and `missing`, the files or sections the current phase still lacks.
 * - `diagnostics`: sorted by file, line, column, code. Each has `file`, `code`, `severity`
 *   (`error` | `warning` | `info`), `message`, `path` (keys and indexes from the document root), and
 *   when known `line`, `col`, `endLine`, `endCol` (1-based, end exclusive, UTF-16 columns),
 *   `expected`, `found`, `basis`. Absent fields are left out rather than set to null.
 *
 * Source texts are not included: the report points into the files, it does not copy them.
 */
export interface JsonReport {
  tool: { name: string; version: string };
  lang: Lang;
  summary: { errors: number; warnings: number; infos: number; files: number };
  workspaces: { root: string; phase: PhaseStatus }[];
  diagnostics: Diagnostic[];
}

/** Formats a report as pretty-printed JSON (2 spaces), keys in a fixed order. */
export function json(report: Report): string {
  const n = countBySeverity(report.diagnostics);
  const out: JsonReport = {
    tool: { name: report.tool.name, version: report.tool.version },
    lang: report.lang,
    summary: { errors: n.error, warnings: n.warning, infos: n.info, files: report.files.length },
    workspaces: report.workspaces.map((w) => ({ root: w.root, phase: { current: w.phase.current, missing: [...w.phase.missing] } })),
    diagnostics: report.diagnostics.map(ordered),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** A copy with keys in one order whoever built the diagnostic, so that the output diffs cleanly. */
function ordered(d: Diagnostic): Diagnostic {
  return {
    file: d.file,
    code: d.code,
    severity: d.severity,
    message: d.message,
    path: [...d.path],
    line: d.line,
    col: d.col,
    endLine: d.endLine,
    endCol: d.endCol,
    expected: d.expected,
    found: d.found,
    basis: d.basis,
  };
}
