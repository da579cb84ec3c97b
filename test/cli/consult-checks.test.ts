// plan consult add / import refuse what cannot be: sub-groups larger than the total, an id already
// used by a potential, the same export twice, a date that is not in the calendar.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'plan-consult-'));
  cpSync('test/fixtures/minimal', ws, { recursive: true });
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));
const read = (f: string) => readFileSync(path.join(ws, f), 'utf8');
const EXPORT = path.resolve('examples/survey/kobo-export.csv');

describe('plan consult add', () => {
  it('refuses sub-groups larger than the total (women 12 + men 20 = 32) and saves nothing', async () => {
    const before = read('consultations.yaml');
    const r = await runCli([
      'consult',
      'add',
      '-w',
      ws,
      '--type',
      'workshop_territorial',
      '--date',
      '2021-12-05',
      '--women',
      '12',
      '--men',
      '20',
      '--youth',
      '40',
      '--pwd',
      '50',
      '--rural',
      '99',
      '--yes',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PAC-SUB-001');
    expect(r.stderr).toContain('Young people (40) outnumber all the participants (32)');
    expect(read('consultations.yaml')).toBe(before);
  });
  it('proposes an id no problem, potential, consultation or survey uses', async () => {
    const diag = read('diagnosis.yaml');
    expect(diag).toMatch(/id: /);
    // A potential named K4, as a firm might number its "kounouz" (assets).
    const doc = parse(diag);
    const sector = doc.sectors[0];
    sector.potentials = [...(sector.potentials ?? []), { id: 'K4', text: { ar: 'مؤهل', fr: 'Potentiel' } }];
    const { stringify } = await import('yaml');
    writeFileSync(path.join(ws, 'diagnosis.yaml'), stringify(doc));
    const r = await runCli([
      'consult',
      'add',
      '-w',
      ws,
      '--type',
      'workshop_sectoral',
      '--date',
      '2021-12-05',
      '--women',
      '10',
      '--men',
      '12',
      '--yes',
      '--lang',
      'en',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const ids = parse(read('consultations.yaml')).consultations.map((c: { id: string }) => c.id);
    expect(ids).toEqual(['K1', 'K2', 'K3', 'K5']);
  });
  it('an id a potential already uses is refused when given by hand', async () => {
    const doc = parse(read('diagnosis.yaml'));
    doc.sectors[0].potentials = [...(doc.sectors[0].potentials ?? []), { id: 'K4', text: { ar: 'مؤهل', fr: 'Potentiel' } }];
    const { stringify } = await import('yaml');
    writeFileSync(path.join(ws, 'diagnosis.yaml'), stringify(doc));
    const r = await runCli([
      'consult',
      'add',
      '-w',
      ws,
      '--id',
      'K4',
      '--type',
      'workshop_sectoral',
      '--date',
      '2021-12-05',
      '--women',
      '10',
      '--men',
      '12',
      '--yes',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PAC-UNQ-001');
  });
  it('says that 2027-02-30 does not exist, in the user language, with no regular expression', async () => {
    const r = await runCli(['consult', 'add', '-w', ws, '--type', 'launch', '--date', '2027-02-30', '--women', '3', '--men', '5', '--yes', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cette date n’existe pas');
    expect(r.stderr).not.toContain('\\d');
  });
});

describe('plan consult import', () => {
  it('refuses the same export twice unless --force', async () => {
    const args = ['consult', 'import', EXPORT, '-w', ws, '--title-ar', 'استمارة', '--title-fr', 'Enquête', '--yes', '--lang', 'en'];
    expect((await runCli(args)).code).toBe(0);
    const once = read('consultations.yaml');
    const again = await runCli(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('was already imported: its figures are those of survey S1');
    expect(read('consultations.yaml')).toBe(once);
    const forced = await runCli([...args, '--force']);
    expect(forced.code).toBe(0);
    expect(parse(read('consultations.yaml')).surveys.map((s: { id: string }) => s.id)).toEqual(['S1', 'S2']);
  });
});

describe('plan validate and dates', () => {
  it('reports 2027-02-30 as a date that does not exist, not as a pattern', async () => {
    const f = path.join(ws, 'consultations.yaml');
    writeFileSync(f, read('consultations.yaml').replace('date: 2021-11-10', 'date: 2027-02-30'));
    const r = await runCli(['validate', ws, '--format', 'json', '--lang', 'en']);
    const d = JSON.parse(r.stdout).diagnostics.find((x: any) => x.code === 'PAC-SCH-001');
    expect(d.message).toBe('This date does not exist: 2027-02-30');
    expect(d.expected).not.toContain('\\d');
    const r2 = await runCli(['validate', ws, '--format', 'json', '--lang', 'en']);
    expect(r2.code).toBe(1);
  });
});
