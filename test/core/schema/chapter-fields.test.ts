// The optional fields of the added chapters: both examples use them and stay valid; a plan without them
// stays valid (the fields are additive); a wrong value is refused by the schema, in both drafts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { validators } from '../../../src/io/validators.js';

const repo = path.resolve(__dirname, '../../..');
const load = (f: string) => parse(readFileSync(path.join(repo, f), 'utf8'));
const v = validators();
const draft07 = (kind: string) => {
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(repo, 'schemas/draft-07', `${kind}.json`), 'utf8')));
};
const both = (kind: 'plan' | 'commune' | 'project' | 'finance' | 'adoption', data: unknown) => [v[kind](data), draft07(kind)(data)];

describe('schemas: fields of the added chapters', () => {
  it('accept the examples, which use every new field', () => {
    for (const ws of ['examples/oulmes', 'examples/khemisset']) {
      const plan = load(`${ws}/plan.yaml`);
      expect(plan.programmes.length).toBeGreaterThan(0);
      expect(plan.implementation.steering.length).toBeGreaterThan(0);
      expect(both('plan', plan)).toEqual([true, true]);
      const commune = load(`${ws}/commune.yaml`);
      expect(commune.population_history.length).toBeGreaterThan(0);
      expect(both('commune', commune)).toEqual([true, true]);
      const finance = load(`${ws}/finance.yaml`);
      expect(finance.resources.length).toBeGreaterThan(0);
      expect(both('finance', finance)).toEqual([true, true]);
      const adoption = load(`${ws}/adoption.yaml`);
      expect(adoption.secretary).toBeTruthy();
      expect(both('adoption', adoption)).toEqual([true, true]);
      const project = load(`${ws}/projects/P01.yaml`);
      expect([0, 1, 2]).toContain(project.gender_marker);
      expect(both('project', project)).toEqual([true, true]);
    }
  });

  it('are optional: the files without them stay valid', () => {
    const plan = load('examples/oulmes/plan.yaml');
    for (const k of ['programmes', 'acronyms', 'implementation']) delete plan[k];
    const commune = load('examples/oulmes/commune.yaml');
    for (const k of ['population_history', 'facilities', 'property', 'staff']) delete commune[k];
    const project = load('examples/oulmes/projects/P01.yaml');
    for (const k of ['gender_marker', 'convergence']) delete project[k];
    expect([...both('plan', plan), ...both('commune', commune), ...both('project', project)]).toEqual([true, true, true, true, true, true]);
  });

  it('refuse wrong values', () => {
    const project = load('examples/oulmes/projects/P01.yaml');
    expect(both('project', { ...project, gender_marker: 3 })).toEqual([false, false]);
    const plan = load('examples/oulmes/plan.yaml');
    expect(both('plan', { ...plan, programmes: [{ id: 'X', kind: 'regional', name: { ar: 'س' } }] })).toEqual([false, false]);
    expect(both('plan', { ...plan, implementation: { reporting: [{ report: { ar: 'ت' }, frequency: 'annual', month: 13 }] } })).toEqual([false, false]);
    const commune = load('examples/oulmes/commune.yaml');
    expect(both('commune', { ...commune, population_history: [{ total: 100 }] })).toEqual([false, false]);
    expect(both('commune', { ...commune, staff: { year: 2021, categories: [] } })).toEqual([false, false]);
    const finance = load('examples/oulmes/finance.yaml');
    expect(both('finance', { ...finance, resources: [{ year: 2022, category: 'gifts', amount: 1 }] })).toEqual([false, false]);
    const adoption = load('examples/oulmes/adoption.yaml');
    expect(both('adoption', { ...adoption, annexes: [{ kind: 'visa_letter' }] })).toEqual([false, false]);
  });
});
