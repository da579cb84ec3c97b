import { describe, expect, it } from 'vitest';
import { collectAnswers } from '../../../src/core/wizard/collect-answers.js';
import { INIT_FORM, NEW_COMMUNE } from '../../../src/core/wizard/init-form.js';
import { initFiles } from '../../../src/core/wizard/init-files.js';
import type { PromptSpec } from '../../../src/core/wizard/question.js';
import { wizardCatalog } from '../../../src/i18n/wizard.js';
import { lookup } from '../../../src/i18n/catalog.js';
import { loadAdminData } from '../../../src/io/admin-data.js';
import { validators } from '../../../src/io/validators.js';
import { parse } from 'yaml';

const admin = loadAdminData();
const ctx = { lang: 'fr' as const, data: { admin } };
const t = (k: string, a?: Record<string, string | number>) => lookup(wizardCatalog, k, 'fr', a);

// A scripted terminal: answers by question id, each checked by the prompt's own validator.
function script(answers: Record<string, unknown>, seen: PromptSpec[] = []) {
  return async (spec: PromptSpec) => {
    seen.push(spec);
    if (!(spec.id in answers)) throw new Error(`unexpected question ${spec.id}`);
    const v = answers[spec.id];
    const ok = spec.validate(v);
    if (ok !== true) throw new Error(`${spec.id}: ${ok}`);
    return v;
  };
}

const base = {
  region: 'REGION_10',
  province: 'DIV_030',
  commune: 'COM_0601',
  president: 'A. Test',
  mandate_start: '2021-09-21',
  members: '23',
  census: '2014',
  women: '8422',
  men: '8452',
  period: '2022-2027',
  languages: ['ar', 'fr'],
  lang: 'fr',
};

describe('collectAnswers on the init form', () => {
  it('asks each question once, in order, and types the answers', async () => {
    const seen: PromptSpec[] = [];
    const got = await collectAnswers(INIT_FORM, { given: {}, interactive: true, acceptDefaults: false, ask: script(base, seen), t, ctx });
    expect(got.missing).toEqual([]);
    expect(got.invalid).toEqual([]);
    expect(seen.map((s) => s.id)).toEqual([
      'region',
      'province',
      'commune',
      'president',
      'mandate_start',
      'members',
      'census',
      'women',
      'men',
      'period',
      'languages',
      'lang',
    ]);
    expect(got.answers.members).toBe(23);
    expect(got.answers.period).toEqual({ start_year: 2022, end_year: 2027 });
  });
  it('offers only the provinces of the chosen region and the communes of the chosen province', async () => {
    const seen: PromptSpec[] = [];
    await collectAnswers(INIT_FORM, { given: {}, interactive: true, acceptDefaults: false, ask: script(base, seen), t, ctx });
    const provinces = seen.find((s) => s.id === 'province')!.choices!.map((c) => c.value);
    expect(provinces.sort()).toEqual(
      admin.divisions
        .filter((d) => d.region_id === 'REGION_10')
        .map((d) => d.id)
        .sort(),
    );
    const communes = seen.find((s) => s.id === 'commune')!.choices!.map((c) => c.value);
    expect(communes).toContain('COM_0601');
    expect(communes).toContain(NEW_COMMUNE);
    expect(communes.filter((c) => c !== NEW_COMMUNE).every((id) => admin.communes.find((c) => c.id === id)!.region_division_id === 'DIV_030')).toBe(true);
  });
  it('proposes the period from the mandate start and explains why', async () => {
    const seen: PromptSpec[] = [];
    await collectAnswers(INIT_FORM, {
      given: {},
      interactive: true,
      acceptDefaults: false,
      ask: script({ ...base, mandate_start: '2027-09-15', period: '2028-2033' }, seen),
      t,
      ctx,
    });
    const q = seen.find((s) => s.id === 'period')!;
    expect(q.default).toBe('2028-2033');
    expect(q.help).toMatch(/six ans/);
  });
  it('asks the Arabic and French names of a commune typed in, and its type', async () => {
    const seen: PromptSpec[] = [];
    const got = await collectAnswers(INIT_FORM, {
      given: {},
      interactive: true,
      acceptDefaults: false,
      ask: script({ ...base, commune: NEW_COMMUNE, commune_ar: 'آيت إكو', commune_type: 'rural', commune_fr: 'Aït Ikkou' }, seen),
      t,
      ctx,
    });
    expect(seen.map((s) => s.id)).toContain('commune_fr');
    const files = initFiles(got.answers, admin, t);
    const commune = parse(files['commune.yaml']!);
    expect(commune.name).toEqual({ ar: 'آيت إكو', fr: 'Aït Ikkou' });
    expect(commune.admin_refs.commune_id).toBeUndefined();
    expect(validators().commune(commune)).toBe(true);
  });
  it('refuses the same bad answers from a file as at the prompt: one parser for both', async () => {
    const given = { ...base, period: '2022-2026', languages: 'fr', mandate_start: '2021-02-30', members: 'vingt' };
    const got = await collectAnswers(INIT_FORM, { given, interactive: false, acceptDefaults: true, t, ctx });
    expect(got.invalid.map((p) => p.id).sort()).toEqual(['languages', 'mandate_start', 'members', 'period']);
    const prompt = await new Promise<PromptSpec>((resolve) =>
      collectAnswers(INIT_FORM, {
        given: { ...base, period: undefined },
        interactive: true,
        acceptDefaults: false,
        ask: async (s) => (s.id === 'period' ? resolve(s) : (base as any)[s.id]),
        t,
        ctx,
      }),
    );
    expect(prompt.validate('2022-2026')).toBe(got.invalid.find((p) => p.id === 'period')!.reason);
  });
  it('without a terminal, lists what is missing and what --yes would take', async () => {
    const got = await collectAnswers(INIT_FORM, { given: { region: 'REGION_10' }, interactive: false, acceptDefaults: false, t, ctx });
    expect(got.missing.map((m) => m.flag)).toEqual([
      '--province',
      '--commune',
      '--president',
      '--mandate-start',
      '--members',
      '--census',
      '--women',
      '--men',
      '--period',
      '--languages',
      '--lang',
    ]);
    expect(got.missing.find((m) => m.id === 'census')!.proposed).toBe('2024');
  });
});
