// JUnit XML for GitLab, Jenkins and other CI servers that show test results.
import type { Diagnostic, Lang } from '../core/diagnostics/diagnostic.js';
import { atLeast } from '../core/diagnostics/diagnostic.js';
import { t } from '../i18n/messages.js';
import { expectedFound, tr } from '../i18n/reporters.js';
import { pathText, where } from './pretty.js';
import type { Report } from './report.js';

/**
 * Formats a report as JUnit XML, valid against the Ant/Jenkins schema.
 *
 * One test suite per file: a file is what a person opens to fix findings, every checked file gets a
 * suite whether or not it belongs to a workspace (single files and globs too), and CI test views then
 * show "plan.yaml of that commune: 2 failed". Inside, one test case per rule that fired, named by its
 * code so that CI history follows it across runs and languages, and a passing case for a clean file.
 * Findings at or above `failOn` fail their case; lighter ones are listed in the suite's system-out.
 *
 * The timestamp is the only input not in the report: SOURCE_DATE_EPOCH when set (reproducible
 * builds), otherwise the current time.
 */
export function junit(report: Report): string {
  return junitAt(report, buildTime(process.env, Date.now()));
}

/** The same report with an explicit timestamp (`YYYY-MM-DDTHH:MM:SS`, UTC). */
export function junitAt(report: Report, timestamp: string): string {
  const { lang, failOn } = report;
  const files = [...new Set([...report.files, ...report.diagnostics.map((d) => d.file)])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>'];
  files.forEach((file, id) => {
    const ds = report.diagnostics.filter((d) => d.file === file);
    const byCode = new Map<string, Diagnostic[]>();
    for (const d of ds) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
    const cases: string[] = [];
    let failures = 0;
    for (const code of [...byCode.keys()].sort()) {
      const failing = byCode.get(code)!.filter((d) => atLeast(d.severity, failOn));
      const head = `    <testcase classname="${attr(file)}" name="${attr(code)}" time="0"`;
      if (!failing.length) {
        cases.push(`${head}/>`);
        continue;
      }
      failures++;
      const first = failing[0]!;
      const message = failing.length > 1 ? `${first.message} ${tr('junit.more', lang, { n: failing.length - 1 })}` : first.message;
      const type = failing.some((d) => d.severity === 'error') ? 'error' : first.severity;
      const body = failing.map((d) => describe(d, lang)).join('\n');
      cases.push(`${head}>`, `      <failure message="${attr(message)}" type="${type}">${text(body)}</failure>`, '    </testcase>');
    }
    if (!ds.length) cases.push(`    <testcase classname="${attr(file)}" name="${attr(tr('junit.clean', lang))}" time="0"/>`);
    const below = ds.filter((d) => !atLeast(d.severity, failOn));
    const systemOut = below.length ? [tr('junit.belowThreshold', lang, { failOn }), ...below.map((d) => describe(d, lang))].join('\n') : '';
    const tests = byCode.size || 1;
    const pkg = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
    out.push(
      `  <testsuite name="${attr(file || '.')}" package="${attr(pkg)}" id="${id}" timestamp="${timestamp}" hostname="localhost" ` +
        `tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">`,
      '    <properties>',
      `      <property name="tool" value="${attr(`${report.tool.name} ${report.tool.version}`)}"/>`,
      `      <property name="lang" value="${lang}"/>`,
      `      <property name="failOn" value="${failOn}"/>`,
      '    </properties>',
      ...cases,
      `    <system-out>${text(systemOut)}</system-out>`,
      '    <system-err></system-err>',
      '  </testsuite>',
    );
  });
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** The run's time for the report: SOURCE_DATE_EPOCH (seconds) when it is a valid number, else `nowMs`. */
export function buildTime(env: NodeJS.ProcessEnv, nowMs: number): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : nowMs;
  // The schema's pattern has no fraction and no time zone.
  return new Date(ms).toISOString().slice(0, 19);
}

/** One finding as plain text lines: position, severity, code, message, then expected/found or the data path. */
function describe(d: Diagnostic, lang: Lang): string {
  const lines = [`${where(d)}  ${d.code}  ${t(`severity.${d.severity}`, lang)}  ${d.message}`];
  const ef = expectedFound(d, lang);
  if (ef) lines.push(`  ${ef}`);
  if (d.line === undefined && d.path.length) lines.push(`  ${tr('report.at', lang, { path: pathText(d.path) })}`);
  return lines.join('\n');
}

/**
 * Characters XML 1.0 cannot carry at all, not even as references: C0 controls other than tab and
 * newlines, U+FFFE/U+FFFF, and halves of surrogate pairs. Controls are spelled out as `\uXXXX` so the
 * reader still sees what the file held; broken surrogates become U+FFFD.
 */
function legal(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Escapes element text; a carriage return is kept as a reference because parsers turn a raw one into a newline. */
export function text(s: string): string {
  return legal(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value; tabs and newlines as references, since parsers turn raw ones into spaces. */
export function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
