import { describe, expect, it } from 'vitest';
import { json } from '../../src/reporters/json.js';
import { CLEAN, FIXTURE } from './fixture.js';

describe('json', () => {
  it('formats the fixture', () => {
    expect(json(FIXTURE)).toMatchSnapshot();
  });

  it('has the documented shape, counts and order, and no source text', () => {
    const out = JSON.parse(json(FIXTURE));
    expect(Object.keys(out)).toEqual(['tool', 'lang', 'summary', 'workspaces', 'diagnostics']);
    expect(out.tool).toEqual({ name: 'plan', version: '0.1.0' });
    expect(out.summary).toEqual({ errors: 5, warnings: 2, infos: 1, files: 6 });
    expect(out.workspaces[0]).toEqual({ root: 'communes/oulmes', phase: { current: 3, missing: ['selection.yaml', 'priorities.yaml#criteria'] } });
    expect(out.diagnostics).toHaveLength(FIXTURE.diagnostics.length);
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toEqual(FIXTURE.diagnostics.map((d) => d.code));
    expect(JSON.stringify(out)).not.toContain('women_share: 0.2');
  });

  it('writes keys in one order whatever order the diagnostic was built in, leaving absent fields out', () => {
    const d = { severity: 'info' as const, path: ['x'], message: 'm', code: 'PAC-X-001', file: 'f.yaml', line: 2 };
    const out = JSON.parse(json({ ...CLEAN, diagnostics: [d] }));
    expect(Object.keys(out.diagnostics[0])).toEqual(['file', 'code', 'severity', 'message', 'path', 'line']);
  });

  it('is indented with two spaces and ends with a newline', () => {
    const out = json(CLEAN);
    expect(out).toMatch(/^\{\n {2}"tool": \{\n {4}"name"/);
    expect(out.endsWith('}\n')).toBe(true);
  });
});
