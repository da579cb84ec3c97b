// No English inside Arabic or French output: the usage-error prefix follows the message's language,
// survey rejection reasons are written in the plan's language, a search with no match says so in the
// user's language, and init accepts the Oulmès period 2023-2028 for a 2021 mandate.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { readSurveyTable } from '../../src/io/survey-import.js';
import { detectColumns } from '../../src/core/survey/survey-columns.js';
import { summariseSurvey } from '../../src/core/survey/summarise-survey.js';
import { collectAnswers } from '../../src/core/wizard/collect-answers.js';
import { INIT_FORM } from '../../src/core/wizard/init-form.js';
import type { PromptSpec } from '../../src/core/wizard/question.js';
import { wizardCatalog } from '../../src/i18n/wizard.js';
import { lookup } from '../../src/i18n/catalog.js';
import { loadAdminData } from '../../src/io/admin-data.js';

describe('one language per message', () => {
  it('a usage error in Arabic has the Arabic prefix even when the terminal speaks French', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-words-'));
    const r = await runCli(['init', path.join(dir, 'w'), '--yes', '--lang', 'ar', '--region', 'REGION_10', '--members', 'many'], {
      env: { LANG: 'fr_FR.UTF-8' },
    });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^خطأ في الاستعمال: أجوبة مرفوضة:/);
    expect(r.stderr).not.toMatch(/Erreur d’utilisation/);
  });

  it('survey rows are refused with reasons in the plan’s language', async () => {
    const table = await readSurveyTable('examples/survey/kobo-export.csv');
    const cols = detectColumns(
      table.headers,
      table.rows.map((r) => r.cells),
    );
    const fr = summariseSurvey(table, cols, undefined, 'fr').rejected_rows.map((r) => r.reason);
    expect(fr).toContain('sexe non renseigné');
    expect(fr).toContain('ligne vide');
    expect(fr.join('\n')).not.toMatch(/not answered|empty row|duplicate submission|disagrees|is not 0 or 1|cells where/);
    const ar = summariseSurvey(table, cols, undefined, 'ar').rejected_rows.map((r) => r.reason);
    expect(ar).toContain('الجنس غير مجاب عنه');
  });

  it('a search prompt carries the translated "no match" line', async () => {
    const seen: PromptSpec[] = [];
    const answers: Record<string, unknown> = {
      region: 'REGION_10',
      province: 'DIV_030',
      commune: 'COM_0601',
      president: 'A',
      mandate_start: '2021-09-21',
      members: '23',
      census: '2014',
      women: '9330',
      men: '9376',
      period: '2023-2028',
      languages: ['ar', 'fr'],
      lang: 'fr',
    };
    const got = await collectAnswers(INIT_FORM, {
      given: {},
      interactive: true,
      acceptDefaults: false,
      t: (k, a) => lookup(wizardCatalog, k, 'fr', a),
      ctx: { lang: 'fr', data: { admin: loadAdminData() } },
      ask: async (spec) => (seen.push(spec), answers[spec.id]),
    });
    expect(seen.find((s) => s.id === 'region')!.noMatch).toBe('Aucun résultat ; modifiez la saisie');
    // The seed's period for a 2021 mandate is accepted.
    expect(got.invalid).toEqual([]);
    expect(got.answers.period).toEqual({ start_year: 2023, end_year: 2028 });
  });
});

describe('option errors speak the user’s language', () => {
  it('plan select: capacity, shares and time limit in French, with the French prefix', async () => {
    const fr = { env: { LANG: 'fr_FR.UTF-8' } };
    const cap = await runCli(['select', 'test/fixtures/minimal', '--lang', 'fr', '--capacity', 'lots', '--dry-run'], fr);
    expect(cap.code).toBe(2);
    expect(cap.stderr).toMatch(/^Erreur d’utilisation : --capacity lots : \+N% ou -N% attendu$/m);
    const share = await runCli(['select', 'test/fixtures/minimal', '--lang', 'fr', '--sector-share', 'education=0.5:0.2', '--dry-run'], fr);
    expect(share.stderr).toMatch(/^Erreur d’utilisation : --sector-share education=0\.5:0\.2 : le minimum dépasse le maximum$/m);
    const ar = await runCli(['select', 'test/fixtures/minimal', '--lang', 'ar', '--time-limit', 'soon', '--dry-run'], fr);
    expect(ar.stderr).toMatch(/^خطأ في الاستعمال: --time-limit soon: المنتظر عدد من الثواني/m);
    for (const r of [cap, share, ar]) expect(r.stderr).not.toMatch(/shares are|\+N% or|a number of seconds/);
  });
  it('plan render: a bad --concurrency in the terminal’s language', async () => {
    const r = await runCli(['render', 'test/fixtures/minimal', '--concurrency', '40'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Erreur d’utilisation : --concurrency 40 : un entier de 1 à 16\n');
  });
});
