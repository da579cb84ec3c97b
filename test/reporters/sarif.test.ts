import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { artifact, fingerprint, FINGERPRINT_KEY, sarif } from '../../src/reporters/sarif.js';
import type { Report } from '../../src/reporters/report.js';
import { CLEAN, FIXTURE } from './fixture.js';

// A copy of the published schema, with its origin and licence in test/fixtures/external/README.md.
const SCHEMA = path.resolve(__dirname, '../fixtures/external/sarif-schema-2.1.0.json');

function validator() {
  // The schema's `language` pattern is not valid in Unicode mode; see test/fixtures/external/README.md.
  const ajv = new Ajv.default({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
}

const run = (r: Report) => JSON.parse(sarif(r)).runs[0];

describe('sarif', () => {
  const validate = validator();

  it('formats the fixture', () => {
    expect(sarif(FIXTURE)).toMatchSnapshot();
  });

  it('is valid against the SARIF 2.1.0 schema, with findings and without', () => {
    for (const report of [FIXTURE, { ...FIXTURE, lang: 'ar' as const }, CLEAN]) {
      const ok = validate(JSON.parse(sarif(report)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects what the schema forbids, so that the check above means something', () => {
    const log = JSON.parse(sarif(FIXTURE));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('describes only the rules that fired, and each result points at its rule', () => {
    const r = run(FIXTURE);
    const ids = r.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toEqual([...new Set(FIXTURE.diagnostics.map((d) => d.code))].sort());
    expect(ids).not.toContain('PAC-UNQ-001');
    for (const res of r.results) expect(r.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
  });

  it('gives rules their title, basis, level and tags', () => {
    const rules = run(FIXTURE).tool.driver.rules;
    const gen = rules.find((x: { id: string }) => x.id === 'PAC-GEN-004');
    expect(gen.shortDescription.text).toBe('Part des femmes');
    expect(gen.fullDescription.text).toContain('fondement : Guide du PAC, § 3.2');
    expect(gen.defaultConfiguration.level).toBe('warning');
    expect(gen.properties).toEqual({ tags: ['pac', 'gen', 'unverified'], precision: 'medium' });
    // A code without metadata still gets a rule, with the level of its finding.
    const ind = rules.find((x: { id: string }) => x.id === 'PAC-IND-001');
    expect(ind.defaultConfiguration.level).toBe('note');
  });

  it('maps severities to levels and always gives a start line of at least 1', () => {
    const results = run(FIXTURE).results;
    expect(results.map((x: { level: string }) => x.level)).toEqual(
      FIXTURE.diagnostics.map((d) => ({ error: 'error', warning: 'warning', info: 'note' })[d.severity]),
    );
    for (const x of results) expect(x.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    const missing = results.find((x: { ruleId: string }) => x.ruleId === 'PAC-FIL-001');
    expect(missing.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    const quorum = results.find((x: { ruleId: string }) => x.ruleId === 'PAC-ADO-003');
    expect(quorum.locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 41, endLine: 5, endColumn: 43 });
    expect(quorum.message.text).toBe('النصاب غير مكتمل في دورة 2023-02-06: حضر 12 عضوا من أصل 35\nattendu : أكثر من 17 / trouvé : 12');
  });

  it('writes relative URIs with forward slashes against %SRCROOT%, and absolute ones as file URIs', () => {
    expect(artifact('communes/oulmes/plan.yaml')).toEqual({ uri: 'communes/oulmes/plan.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifact('communes\\oulmes\\plan.yaml')).toEqual({ uri: 'communes/oulmes/plan.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifact('./plan.yaml')).toEqual({ uri: 'plan.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifact('جماعة أولماس/plan.yaml').uri).toBe('%D8%AC%D9%85%D8%A7%D8%B9%D8%A9%20%D8%A3%D9%88%D9%84%D9%85%D8%A7%D8%B3/plan.yaml');
    expect(artifact('/srv/plans/a b.yaml')).toEqual({ uri: 'file:///srv/plans/a%20b.yaml' });
    expect(artifact('C:\\plans\\plan.yaml')).toEqual({ uri: 'file:///C:/plans/plan.yaml' });
    const odd = { ...CLEAN, diagnostics: [{ ...FIXTURE.diagnostics[0]!, file: 'جماعة أولماس/plan #1.yaml' }] };
    expect(validate(JSON.parse(sarif(odd)))).toBe(true);
  });

  it("keeps a finding's fingerprint when its line or language changes, not when its place does", () => {
    const d = FIXTURE.diagnostics[0]!;
    const fp = fingerprint(d);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint({ ...d, line: 40, col: 1, message: 'autre texte' })).toBe(fp);
    expect(fingerprint({ ...d, path: ['period', 'start_year'] })).not.toBe(fp);
    expect(fingerprint({ ...d, file: 'communes/tiflet/plan.yaml' })).not.toBe(fp);
    expect(fingerprint({ ...d, code: 'PAC-PER-002' })).not.toBe(fp);
    expect(run(FIXTURE).results[0].partialFingerprints).toEqual({ [FINGERPRINT_KEY]: fp });
  });
});
