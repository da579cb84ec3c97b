// The shipped examples: complete plans validate clean, and each examples/invalid case fails with
// exactly the rule its folder is named after (pac-fin-002-… → PAC-FIN-002) and nothing else.
import { describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './helpers/run-cli.js';
import { RULES } from '../src/core/rules/registry.js';

const examples = path.resolve(__dirname, '../examples');
const invalid = path.join(examples, 'invalid');
const cases = existsSync(invalid)
  ? readdirSync(invalid, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
  : [];
const codeOf = (name: string) => name.slice(0, 11).toUpperCase();

describe('examples/invalid', () => {
  it('has at least one case for every rule', () => {
    const covered = new Set(cases.map(codeOf));
    expect(RULES.map((r) => r.code).filter((c) => !covered.has(c))).toEqual([]);
  });

  it.each(cases)('%s fails with its rule and no other', async (name) => {
    const r = await runCli(['validate', path.join(invalid, name), '--format', 'json', '--fail-on', 'warning']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout)
      .diagnostics.filter((d: any) => d.severity !== 'info')
      .map((d: any) => d.code);
    expect(found.length).toBeGreaterThan(0);
    expect([...new Set(found)]).toEqual([codeOf(name)]);
  });
});
