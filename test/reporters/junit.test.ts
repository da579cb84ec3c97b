import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attr, buildTime, junit, junitAt, text } from '../../src/reporters/junit.js';
import type { Report } from '../../src/reporters/report.js';
import { CLEAN, FIXTURE } from './fixture.js';

// A copy of the published schema, with its origin and licence in test/fixtures/external/README.md.
const XSD = path.resolve(__dirname, '../fixtures/external/junit.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint) console.warn('xmllint is not installed (Debian: libxml2-utils): the JUnit schema checks are skipped');

/** xmllint's verdict on `xml` against the JUnit schema: the empty string when valid, else its messages. */
function schemaErrors(xml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'junit-'));
  try {
    const file = path.join(dir, 'report.xml');
    writeFileSync(file, xml);
    const res = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
    return res.status === 0 ? '' : res.stderr || `xmllint exited with ${res.status}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads an XML document back with xmllint, to check that escaped text comes out as it went in. */
function xpath(xml: string, expr: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'junit-'));
  try {
    const file = path.join(dir, 'report.xml');
    writeFileSync(file, xml);
    // xmllint ends its answer with a newline of its own.
    return execFileSync('xmllint', ['--xpath', expr, file], { encoding: 'utf8' }).replace(/\n$/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NASTY: Report = {
  ...CLEAN,
  files: ['a "quoted" & <odd>\u0001 name.yaml'],
  diagnostics: [
    {
      file: 'a "quoted" & <odd>\u0001 name.yaml',
      code: 'PAC-SCH-001',
      severity: 'error',
      message: 'Valeur « x » l\'a dit: "<b>" & ]]> \ttab\r\nligne\u0000\u001f\uFFFE \uD800 fin',
      path: ['a', 0],
      expected: 'ﻻ <',
      found: '\u000b',
    },
  ],
};

describe('junit', () => {
  beforeEach(() => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('formats the fixture', () => {
    expect(junit(FIXTURE)).toMatchSnapshot();
  });

  it.runIf(hasXmllint)('is valid against the JUnit schema', () => {
    expect(schemaErrors(junit(FIXTURE))).toBe('');
    expect(schemaErrors(junit({ ...FIXTURE, lang: 'ar', failOn: 'warning' }))).toBe('');
    expect(schemaErrors(junit(CLEAN))).toBe('');
    expect(schemaErrors(junit({ ...CLEAN, files: [] }))).toBe('');
    expect(schemaErrors(junit(NASTY))).toBe('');
  });

  it.runIf(hasXmllint)('is checked for real: a suite without its id is refused', () => {
    expect(schemaErrors(junit(FIXTURE).replace(' id="0"', ''))).toMatch(/id/);
  });

  it.runIf(hasXmllint)('escapes quotes, markup and line breaks so they read back unchanged, and spells out illegal characters', () => {
    const xml = junit(NASTY);
    expect(xpath(xml, 'string(//failure/@message)')).toBe('Valeur « x » l\'a dit: "<b>" & ]]> \ttab\r\nligne\\u0000\\u001F\\uFFFE \uFFFD fin');
    expect(xpath(xml, 'string(//testsuite/@name)')).toBe('a "quoted" & <odd>\\u0001 name.yaml');
    expect(xpath(xml, 'string(//failure)')).toContain('ﻻ <');
  });

  it('escapes text and attributes', () => {
    expect(text('a < b && c > d\r')).toBe('a &lt; b &amp;&amp; c &gt; d&#13;');
    expect(attr('"x" \'y\'\n\t')).toBe('&quot;x&quot; &apos;y&apos;&#10;&#9;');
    expect(text('\u0007')).toBe('\\u0007');
    expect(text('جماعة')).toBe('جماعة');
  });

  it('makes one suite per file, one case per rule that fired, and a passing case per clean file', () => {
    const xml = junit(FIXTURE);
    expect(xml.match(/<testsuite /g)).toHaveLength(FIXTURE.files.length);
    expect(xml).toContain('<testcase classname="communes/oulmes/finance.yaml" name="sans problème" time="0"/>');
    // Two PAC-FIN-003 findings in one file make one failing case that names the second.
    expect(xml).toContain('<failure message="Second financement en double (et 1 autre)" type="error">');
    expect(xml.match(/name="PAC-FIN-003"/g)).toHaveLength(1);
    expect(xml).toMatch(/name="communes\/oulmes\/plan.yaml" package="communes\/oulmes" id="1" [^>]* tests="2" failures="1" errors="0"/);
  });

  it('fails only the findings at or above the threshold; lighter ones go to system-out', () => {
    const onError = junit(FIXTURE);
    expect(onError.match(/<failure /g)).toHaveLength(4);
    expect(onError).toContain('<testcase classname="communes/oulmes/plan.yaml" name="PAC-GEN-004" time="0"/>');
    expect(onError).toMatch(/<system-out>Constats sous le seuil d’échec \(error\) :\ncommunes\/oulmes\/plan.yaml:8:16 {2}PAC-GEN-004 {2}avertissement/);
    const onWarning = junit({ ...FIXTURE, failOn: 'warning' });
    expect(onWarning.match(/<failure /g)).toHaveLength(6);
    expect(onWarning).toContain('<failure message="Part des femmes parmi les participants : 20 %, sous le seuil &quot;recommandé&quot;" type="warning">');
  });

  it('takes its timestamp from SOURCE_DATE_EPOCH, so that the output is reproducible', () => {
    expect(junit(FIXTURE)).toContain('timestamp="2023-11-14T22:13:20"');
    expect(junit(FIXTURE)).toBe(junit(FIXTURE));
    expect(buildTime({ SOURCE_DATE_EPOCH: '0' }, 5e12)).toBe('1970-01-01T00:00:00');
    expect(buildTime({}, Date.UTC(2024, 1, 29, 8, 30, 15, 999))).toBe('2024-02-29T08:30:15');
    expect(buildTime({ SOURCE_DATE_EPOCH: 'yesterday' }, Date.UTC(2024, 0, 1))).toBe('2024-01-01T00:00:00');
    expect(junitAt(CLEAN, '2020-01-01T00:00:00')).toContain('timestamp="2020-01-01T00:00:00"');
  });
});
