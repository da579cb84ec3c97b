// SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards.
import type { Diagnostic, Severity } from '../core/diagnostics/diagnostic.js';
import { t } from '../i18n/messages.js';
import { expectedFound, tr } from '../i18n/reporters.js';
import type { Report, RuleMeta } from './report.js';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** Name of the fingerprint we compute; bump the version if its inputs ever change. */
export const FINGERPRINT_KEY = 'planFinding/v1';

/**
 * Formats a report as a SARIF log with one run.
 *
 * Only the rules that fired are described: the log stays small, each `ruleIndex` points into it, and
 * code scanning needs no metadata for rules without results. Messages are in the report's language.
 */
export function sarif(report: Report): string {
  const meta = new Map(report.rules.map((r) => [r.code, r]));
  const codes = [...new Set(report.diagnostics.map((d) => d.code))].sort();
  const index = new Map(codes.map((code, i) => [code, i]));
  const rules = codes.map((code) => {
    const fallback = report.diagnostics.find((d) => d.code === code)!;
    return describeRule(meta.get(code) ?? { code, title: code, severity: fallback.severity, basis: '', unverified: false }, report);
  });
  const results = report.diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: index.get(d.code)!,
    level: LEVEL[d.severity],
    message: { text: [d.message, expectedFound(d, report.lang)].filter(Boolean).join('\n') },
    locations: [{ physicalLocation: { artifactLocation: artifact(d.file), region: region(d) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d) },
    // The data path identifies the place even when no line is known.
    ...(d.path.length ? { properties: { path: [...d.path] } } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, rules } },
        language: report.lang,
        // Columns come from JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A reportingDescriptor: what the rule checks, on what basis, how sure it is. */
function describeRule(r: RuleMeta, report: Report) {
  const { lang } = report;
  const basis = r.basis ? tr('report.basis', lang, { basis: r.basis }) : '';
  const caveat = r.unverified ? t('rule.unverified', lang) : '';
  const full = [r.title, basis, caveat].filter(Boolean).join(' — ');
  const family = /^PAC-([A-Z]+)-/.exec(r.code)?.[1]?.toLowerCase();
  return {
    id: r.code,
    // An identifier, as SARIF asks of `name`; the code is the one people already see everywhere else.
    name: r.code,
    shortDescription: { text: r.title },
    fullDescription: { text: full },
    help: { text: `${full}\n${tr('sarif.help', lang)}` },
    properties: {
      tags: ['pac', ...(family ? [family] : []), ...(r.unverified ? ['unverified'] : [])],
      // A reading of the law that was not checked against the text deserves less trust.
      precision: r.unverified ? 'medium' : 'high',
    },
    defaultConfiguration: { level: LEVEL[r.severity] },
  };
}

/**
 * Where the file is: relative paths against the checkout root (`%SRCROOT%`, which code scanning maps
 * to the repository), absolute ones as `file:` URIs. Segments are percent-encoded, so that spaces and
 * Arabic names make a valid URI reference.
 */
export function artifact(file: string): { uri: string; uriBaseId?: string } {
  const slashed = (file || '.').replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}` };
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` };
  return { uri: encode(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

/** The region; code scanning rejects a result without `startLine` ≥ 1, so a file-level finding points at line 1. */
function region(d: Diagnostic) {
  if (d.line === undefined || d.line < 1) return { startLine: 1 };
  const endLine = d.endLine !== undefined && d.endLine >= d.line ? d.endLine : undefined;
  // SARIF's endColumn is exclusive, like ours; it needs a start column and must lie after it.
  const endColumn = d.col !== undefined && d.endCol !== undefined && endLine !== undefined && (endLine > d.line || d.endCol > d.col) ? d.endCol : undefined;
  return {
    startLine: d.line,
    ...(d.col !== undefined && { startColumn: d.col }),
    ...(endLine !== undefined && { endLine }),
    ...(endColumn !== undefined && { endColumn }),
  };
}

/**
 * A hash of the code, the file and the data path: it survives edits that move the finding to another
 * line and changes of language, so code scanning keeps tracking the same alert across commits.
 */
export function fingerprint(d: Diagnostic): string {
  // Loaded on first use: a clean run never pays for node:crypto.
  return process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(JSON.stringify([d.code, d.file, d.path]))
    .digest('hex');
}
