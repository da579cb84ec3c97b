// Prompts accept what people type: day-first dates and Arabic-Indic digits, stored as ISO dates and
// Western numbers; workshop participants may be given by age band.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { parseDate, parseInteger, parseNumber } from '../../../src/core/wizard/parsers.js';
import { parseAgeBands, youthOf } from '../../../src/core/wizard/forms/consult.js';
import { runCli } from '../../helpers/run-cli.js';

describe('dates and digits as typed', () => {
  it('dd/mm/yyyy, d.m.yyyy and Arabic-Indic digits become ISO dates; impossible dates are still refused', () => {
    expect(parseDate('21/09/2021')).toEqual({ value: '2021-09-21' });
    expect(parseDate('1.9.2021')).toEqual({ value: '2021-09-01' });
    expect(parseDate('21-09-2021')).toEqual({ value: '2021-09-21' });
    expect(parseDate('٢١/٠٩/٢٠٢١')).toEqual({ value: '2021-09-21' });
    expect(parseDate('۲۰۲۱-۰۹-۲۱')).toEqual({ value: '2021-09-21' });
    expect(parseDate('31/02/2021')).toEqual({ error: 'a.noSuchDate' });
    expect(parseDate('09/21/2021')).toEqual({ error: 'a.noSuchDate' });
  });
  it('counts and amounts in Arabic-Indic digits', () => {
    expect(parseInteger(0)('١٢٣٤٥')).toEqual({ value: 12345 });
    expect(parseNumber('٣٫٥')).toEqual({ value: 3.5 });
  });
});

describe('participants by age band', () => {
  it('the young (15-34) are counted from the bands inside that range; a band across it is refused', () => {
    const p = parseAgeBands('0-14=2, 15-24=8, 25-34=6, 35-59=20, 60+=4');
    expect('value' in p && youthOf(p.value as never)).toBe(14);
    expect(parseAgeBands('18-40=10')).toMatchObject({ error: 'a.ageBandAcrossYouth' });
    expect(parseAgeBands('jeunes=3')).toMatchObject({ error: 'a.notAgeBands' });
  });
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(path.join(tmpdir(), 'plan-dates-'));
    cpSync('test/fixtures/minimal', ws, { recursive: true });
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));
  it('consult add stores the ISO date and the youth computed from the bands', async () => {
    const r = await runCli([
      'consult',
      'add',
      '-w',
      ws,
      '--id',
      'K9',
      '--type',
      'workshop_territorial',
      '--date',
      '٠٥/١١/٢٠٢١',
      '--women',
      '٢٠',
      '--men',
      '20',
      '--age-bands',
      '15-24=10,25-34=8,35-59=16,60+=6',
      '--lang',
      'en',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const k9 = parse(readFileSync(path.join(ws, 'consultations.yaml'), 'utf8')).consultations.find((c: { id: string }) => c.id === 'K9');
    expect(k9).toMatchObject({ date: '2021-11-05', participants: { total: 40, women: 20, men: 20, youth: 18 } });
  });
});
