// The seed's real case, end to end: the Oulmès council (mandate of September 2021) creates its PAC
// 2023-2028 with `plan init --yes` and flags, and `plan status --today 2023-03-01` says what is late
// and what to do next.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const root = mkdtempSync(path.join(tmpdir(), 'plan-oulmes-'));
const ws = path.join(root, 'oulmes');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const INIT = [
  'init',
  ws,
  '--yes',
  '--region',
  'Rabat-Salé-Kénitra',
  '--province',
  'Khémisset',
  '--commune',
  'Oulmès',
  '--president',
  'Président du conseil',
  '--mandate-start',
  '2021-09-21',
  '--members',
  '23',
  '--census',
  '2014',
  '--women',
  '9330',
  '--men',
  '9376',
  '--period',
  '2023-2028',
  '--languages',
  'ar,fr',
  '--lang',
  'fr',
];

describe('the Oulmès PAC 2023-2028 (seed)', () => {
  it('is created by plan init --yes with flags, without a period warning', async () => {
    const r = await runCli(INIT);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(ws, 'plan.yaml'), 'utf8')).toMatch(/period: \{ start_year: 2023, end_year: 2028 \}/);
    const commune = readFileSync(path.join(ws, 'commune.yaml'), 'utf8');
    expect(commune).toMatch(/total: 18706/);
    expect(commune).toMatch(/mandate_start: 2021-09-21/);
  });

  it('plan status --today 2023-03-01 says the first-year deadline is past and what to do next', async () => {
    const r = await runCli(['status', ws, '--today', '2023-03-01', '--lang', 'fr'], { env: { PLAN_BIDI: 'none' } });
    expect(r.code).toBe(0);
    // Late: art. 78's first year ended on 20 September 2022, 162 days before.
    expect(r.stdout).toMatch(/2022-09-20 {2}Fin de la première année du mandat .*échéance passée depuis 162 jours sans acte enregistré : en retard/);
    expect(r.stdout).toMatch(/l’échéance de la première année du mandat est passée .* le 2023-05-01 .*Le retard doit être justifié/);
    // Next: the diagnosis of phase 1, with the commands that do it.
    expect(r.stdout).toMatch(/Prochaines actions :\n {2}- diagnosis\.yaml: ajouter : plan diagnosis add-sector/);
    expect(r.stdout).toMatch(/consultations\.yaml: ajouter : plan consult add/);
    // Bases in French, never "(s)" nor "Terminé".
    expect(r.stdout).toMatch(/· LO 113-14, art\. 78/);
    expect(r.stdout).not.toMatch(/\(s\)|Terminé|Decree|practice/);
  });

  it('the same in Arabic uses the administration’s words', async () => {
    const r = await runCli(['status', ws, '--today', '2023-03-01', '--lang', 'ar'], { env: { PLAN_BIDI: 'none' } });
    expect(r.stdout).toMatch(/مدة انتداب المجلس/);
    expect(r.stdout).toMatch(/القانون التنظيمي 113\.14، المادة 78/);
    expect(r.stdout).not.toMatch(/الولاية|LO 113-14|Decree/);
  });

  it('plan init still warns, as a reading, for a period far from the mandate', async () => {
    const other = path.join(root, 'late');
    const r = await runCli(INIT.map((a) => (a === ws ? other : a === '2023-2028' ? '2026-2031' : a)));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^PAC-PER-003 avertissement : .*2026.*2021.*non vérifiée/m);
  });
});
