// plan update start and plan diff on a copy of examples/oulmes (adopted, visa granted on 2023-05-26):
// the adopted version is frozen in history/1/, plan.yaml records the update with its comments kept,
// adoption restarts at phase 4, and plan diff lists what the update changes, in text and JSON.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { loadWorkspace } from '../../src/io/load-workspace.js';

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'plan-update-'));
  cpSync('examples/oulmes', ws, { recursive: true });
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));
const read = (f: string) => readFileSync(path.join(ws, f), 'utf8');
const write = (f: string, s: string) => writeFileSync(path.join(ws, f), s);
const edit = (f: string, from: string | RegExp, to: string) => {
  const before = read(f);
  const after = before.replace(from, to);
  expect(after, `${f}: ${String(from)}`).not.toBe(before);
  write(f, after);
};
const plan = (...args: string[]) => runCli(args, { cwd: ws, env: { LANG: 'en_US.UTF-8' } });
const start = (...args: string[]) => plan('update', 'start', '--lang', 'en', ...args);

/** The changes of the test: P02 re-costed and re-financed, P05 moved in time, P30 replaced by P31, one target. */
function changeTwoProjects(): void {
  edit('projects/P02.yaml', /^estimated_cost: 8800000$/m, 'estimated_cost: 9800000');
  edit(
    'projects/P02.yaml',
    "{ partner: PROVINCE, amount: 2000000, by_year: { '2025': 1000000, '2026': 1000000 } }",
    "{ partner: PROVINCE, amount: 3000000, by_year: { '2025': 1500000, '2026': 1500000 } }",
  );
  edit('projects/P05.yaml', 'schedule: { start_year: 2023, end_year: 2025 }', 'schedule: { start_year: 2026, end_year: 2027 }');
  renameSync(path.join(ws, 'projects/P30.yaml'), path.join(ws, 'projects/P31.yaml'));
  edit('projects/P31.yaml', /^id: P30$/m, 'id: P31');
  edit('indicators.yaml', "targets: { '2026': 12, '2028': 12 }", "targets: { '2026': 10, '2028': 12 }");
}

describe('plan update start', () => {
  it('freezes the adopted files in history/1/, records the update in plan.yaml (comments kept) and restarts adoption', async () => {
    const planBefore = read('plan.yaml');
    const adoptionBefore = read('adoption.yaml');
    const p02 = read('projects/P02.yaml');
    // Every plan file: the top-level ones, the project sheets and the follow-up of each year.
    const yamlIn = (d: string) => (existsSync(path.join(ws, d)) ? readdirSync(path.join(ws, d)).filter((f) => f.endsWith('.yaml')).length : 0);
    const files = yamlIn('.') + yamlIn('projects') + yamlIn('followup');
    const r = await start('--today', '2025-06-02');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Update no. 1 opened on 2025-06-02: the adopted version is frozen in history/1 (${files} files).`);
    // Byte for byte: the adopted version as it was.
    expect(read('history/1/adoption.yaml')).toBe(adoptionBefore);
    expect(read('history/1/plan.yaml')).toBe(planBefore);
    expect(read('history/1/projects/P02.yaml')).toBe(p02);
    // plan.yaml: only lines appended, the rest (comments, key order) untouched.
    const planAfter = read('plan.yaml');
    expect(planAfter.startsWith(planBefore)).toBe(true);
    expect(planAfter.slice(planBefore.length)).toBe(
      '# Update no. 1: the adopted version is frozen in history/1 (plan update start)\n' +
        'update: { number: 1, started_on: 2025-06-02, base: history/1, base_in_force: 2023-05-26 }\n',
    );
    // The update's own adoption: empty, with a header that says where the original is.
    const adoption = read('adoption.yaml');
    expect(parse(adoption)).toEqual({});
    expect(adoption).toMatch(/^# yaml-language-server: \$schema=/);
    expect(adoption).toContain('history/1/adoption.yaml');
    // The procedure restarts at phase 4 (committee referral and reports), then session, vote and visa.
    const status = JSON.parse((await plan('status', '--format', 'json', '--today', '2025-06-02')).stdout) as { current: number };
    expect(status.current).toBe(4);
  });

  it('the update goes through the same adoption steps, without the first-year deadline of the first plan (PAC-DEL-001)', async () => {
    edit('plan.yaml', '  disable: [PAC-DEL-001]', '  disable: []');
    expect((await start('--today', '2025-06-02')).code).toBe(0);
    const referral = await plan('adopt', 'referral', '--date', '2025-09-01', '--committees', 'FIN,SERV,DEV', '--yes', '--lang', 'en');
    expect(referral.code, referral.stderr).toBe(0);
    expect(parse(read('adoption.yaml'))).toEqual({ committee_referral: { date: '2025-09-01', committees: ['FIN', 'SERV', 'DEV'] } });
    const status = JSON.parse((await plan('status', '--format', 'json', '--today', '2025-09-02')).stdout) as { current: number; missing: string[] };
    expect(status.current).toBe(4);
    const v = JSON.parse((await plan('validate', '.', '--format', 'json', '--lang', 'en', '--today', '2025-09-02')).stdout) as {
      diagnostics: { code: string }[];
    };
    expect(v.diagnostics.map((d) => d.code)).not.toContain('PAC-DEL-001');
  });

  it('copies a followup/ folder too, and the workspace loader never reads the frozen copy', async () => {
    const followed = read('followup/2024.yaml');
    expect((await start('--today', '2025-06-02')).code).toBe(0);
    expect(read('history/1/followup/2024.yaml')).toBe(followed);
    const loaded = await loadWorkspace(ws, { lang: 'en', display: (a) => path.relative(ws, a) });
    expect(loaded.files.some((f) => f.startsWith('history'))).toBe(false);
    expect(loaded.plan.projects).toHaveLength(30);
  });

  it('a pattern given to plan validate does not check the frozen version a second time; its path does', async () => {
    expect((await start('--today', '2025-06-02')).code).toBe(0);
    const byPattern = await plan('validate', '**/plan.yaml', '--lang', 'en');
    expect(byPattern.stdout).not.toMatch(/history\/1/);
    const named = await plan('validate', 'history/1', '--lang', 'en');
    expect(named.stdout).toMatch(/history\/1 {2}All phases are complete/);
  });

  it('plan status says the update is open, where the adopted version is, and stops saying it once the update has its visa', async () => {
    const before = await plan('status', '--today', '2025-06-02', '--lang', 'en');
    expect(before.stdout).not.toMatch(/Update no\./);
    expect((await start('--today', '2025-06-02')).code).toBe(0);
    const open = await plan('status', '--today', '2025-06-03', '--lang', 'en', '--format', 'json');
    expect(JSON.parse(open.stdout).update).toEqual({ number: 1, started_on: '2025-06-02', base: 'history/1' });
    const text = await plan('status', '--today', '2025-06-03', '--lang', 'en');
    expect(text.stdout).toContain('Update no. 1 open since 2025-06-02: the adopted version is frozen in history/1');
    // The update's own adoption, with its visa: the update is adopted, no longer open.
    write('adoption.yaml', read('history/1/adoption.yaml'));
    edit('adoption.yaml', /visa: \{[^}]*\}/, 'visa: { received_on: 2025-12-10, visa_on: 2025-12-20, status: granted, reference: Visa n° 9 }');
    const adopted = await plan('status', '--today', '2026-01-10', '--lang', 'en', '--format', 'json');
    expect(JSON.parse(adopted.stdout).update).toBeUndefined();
  });

  it('refuses a plan that has no visa (not in force), with exit 1 and nothing written', async () => {
    edit('adoption.yaml', /^visa: .*\n/m, '');
    const before = read('plan.yaml');
    const r = await start('--today', '2025-06-02');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Cannot update the plan: it has not entered into force (no granted or tacit visa in adoption.yaml)');
    expect(read('plan.yaml')).toBe(before);
    expect(existsSync(path.join(ws, 'history'))).toBe(false);
  });

  it('refuses before the window of PAC-ADO-008 (third year from the visa), opens on its first day, --force opens with a warning', async () => {
    const early = await start('--today', '2025-05-25');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('No update before 2025-05-26: the plan entered into force on 2023-05-26 and may be updated from its year 3');
    expect(existsSync(path.join(ws, 'history'))).toBe(false);
    const forced = await start('--today', '2025-05-25', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('Warning: update opened before 2025-05-26');
  });

  it('opens on the first day of the window', async () => {
    expect((await start('--today', '2025-05-26')).code).toBe(0);
  });

  it('reads the window from plan.yaml rules.params (PAC-ADO-008 from_plan_year)', async () => {
    edit('plan.yaml', '  disable: [PAC-DEL-001]', '  disable: [PAC-DEL-001]\n  params: { PAC-ADO-008: { from_plan_year: 2 } }');
    expect((await start('--today', '2024-05-26')).code).toBe(0);
  });

  it('refuses a second update while one is open; --force keeps the frozen base as it was', async () => {
    expect((await start('--today', '2025-06-02')).code).toBe(0);
    const frozen = read('history/1/projects/P02.yaml');
    changeTwoProjects();
    const again = await start('--today', '2025-07-01');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Update no. 1 has been open since 2025-06-02 (base version: history/1) and is not adopted yet');
    const forced = await start('--today', '2025-07-01', '--force');
    expect(forced.code).toBe(0);
    expect(read('history/1/projects/P02.yaml')).toBe(frozen);
    expect(existsSync(path.join(ws, 'history/2'))).toBe(false);
    expect(read('plan.yaml')).toMatch(/^update: \{ number: 1, started_on: 2025-07-01, base: history\/1, base_in_force: 2023-05-26 \}$/m);
    expect((read('plan.yaml').match(/^# Update no\. 1/gm) ?? []).length).toBe(1);
  });

  it('a start killed before adoption.yaml restarted leaves the update open; --force finishes it', async () => {
    expect((await start('--today', '2025-06-02')).code).toBe(0);
    // As if the run had stopped after plan.yaml: adoption.yaml still the adopted version's.
    write('adoption.yaml', read('history/1/adoption.yaml'));
    const again = await start('--today', '2025-06-03');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Update no. 1 has been open since 2025-06-02');
    const forced = await start('--today', '2025-06-03', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('adoption.yaml starts afresh');
    expect(parse(read('adoption.yaml'))).toEqual({});
    expect(existsSync(path.join(ws, 'history/2'))).toBe(false);
  });

  it('once the update is adopted (its own visa), the next update freezes the updated plan in history/2/', async () => {
    expect((await start('--today', '2025-06-02')).code).toBe(0);
    changeTwoProjects();
    edit('adoption.yaml', /^\{\}$/m, 'visa: { received_on: 2025-10-10, visa_on: 2025-10-20, status: granted }');
    const early = await start('--today', '2026-01-01');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('No update before 2027-10-20');
    const r = await start('--today', '2027-11-02');
    expect(r.code).toBe(0);
    expect(read('history/2/projects/P02.yaml')).toMatch(/^estimated_cost: 9800000$/m);
    expect(read('plan.yaml')).toMatch(/^update: \{ number: 2, started_on: 2027-11-02, base: history\/2, base_in_force: 2025-10-20 \}$/m);
  });

  it('never replaces a history/<n>/ folder that is already there (exit 2)', async () => {
    mkdirSync(path.join(ws, 'history/1'), { recursive: true });
    const r = await start('--today', '2025-06-02');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/history\/1/);
    expect(read('plan.yaml')).not.toMatch(/^update:/m);
  });

  it('--dry-run lists the files and shows the plan.yaml change, writing nothing', async () => {
    const before = read('plan.yaml');
    const r = await start('--today', '2025-06-02', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^history\/1\/projects\/P30\.yaml$/m);
    expect(r.stdout).toMatch(/^\+update: \{ number: 1/m);
    expect(read('plan.yaml')).toBe(before);
    expect(existsSync(path.join(ws, 'history'))).toBe(false);
  });

  it('says a bad --today in the user’s language', async () => {
    const r = await plan('update', 'start', '--today', '2025-13-01', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('L’option --today attend une date AAAA-MM-JJ');
  });
});

describe('plan diff', () => {
  it('lists the projects added, removed, re-costed, re-financed per partner and moved in time, and the targets changed', async () => {
    expect((await start('--today', '2025-06-02')).code).toBe(0);
    changeTwoProjects();
    const r = await plan('diff', '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Update no. 1: changes against the adopted version (history/1)');
    expect(r.stdout).toMatch(/Projects added \(1\)\n {2}\+ P31 /);
    expect(r.stdout).toMatch(/Projects removed \(1\)\n {2}- P30 /);
    expect(r.stdout).toContain('  ~ P02  ');
    expect(r.stdout).toContain('      Estimated cost: 8,800,000\u00a0MAD → 9,800,000\u00a0MAD');
    expect(r.stdout).toContain('      Financing by PROVINCE: 2,000,000\u00a0MAD → 3,000,000\u00a0MAD');
    expect(r.stdout).toContain('      Schedule: 2023-2025 → 2026-2027');
    expect(r.stdout).toMatch(/Indicators changed \(1\)\n {2}~ I-P02-1 .*\n {6}Target 2026: 12 → 10/);
    expect(r.stdout).not.toMatch(/~ P01 /);
  });

  it('speaks Arabic and French from the catalogues', async () => {
    expect((await start('--today', '2025-06-02')).code).toBe(0);
    changeTwoProjects();
    const ar = await plan('diff', '--lang', 'ar');
    expect(ar.stdout).toContain('التحيين رقم 1: التعديلات مقارنة بالنسخة المصادق عليها (history/1)');
    expect(ar.stdout).toContain('البرمجة الزمنية: من 2023 إلى 2025 ← من 2026 إلى 2027');
    expect(ar.stdout).toContain('المشاريع المضافة (1)');
    const fr = await plan('diff', '--lang', 'fr');
    expect(fr.stdout).toContain('Calendrier : 2023-2025 → 2026-2027');
    expect(fr.stdout).toContain('Projets retirés (1)');
  });

  it('--format json has a stable shape: base, target, update, count, and the lists', async () => {
    expect((await start('--today', '2025-06-02')).code).toBe(0);
    changeTwoProjects();
    const r = await plan('diff', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['format', 'base', 'target', 'update', 'count', 'projects', 'indicators', 'axes', 'priorities', 'total_cost']);
    expect(j.update).toEqual({ number: 1, started_on: '2025-06-02', base: 'history/1', base_in_force: '2023-05-26' });
    expect(j.projects.added.map((p: { id: string }) => p.id)).toEqual(['P31']);
    expect(j.projects.removed.map((p: { id: string }) => p.id)).toEqual(['P30']);
    expect(j.projects.changed).toEqual([
      {
        id: 'P02',
        title: expect.objectContaining({ fr: expect.stringContaining('Tazrout') }),
        estimated_cost: { before: 8800000, after: 9800000 },
        financing: [{ partner: 'PROVINCE', before: 2000000, after: 3000000 }],
      },
      {
        id: 'P05',
        title: expect.any(Object),
        schedule: { before: { start_year: 2023, end_year: 2025 }, after: { start_year: 2026, end_year: 2027 } },
      },
    ]);
    expect(j.indicators.changed).toEqual([{ id: 'I-P02-1', title: expect.any(Object), targets: [{ year: '2026', before: 12, after: 10 }] }]);
    expect(j.total_cost.after - j.total_cost.before).toBe(1000000);
    expect(j.count).toBe(5);
  });

  it('compares two workspaces: plan diff A B', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'plan-update-b-'));
    try {
      cpSync(ws, other, { recursive: true });
      const a = ws;
      ws = other;
      changeTwoProjects();
      ws = a;
      const r = await plan('diff', a, other, '--lang', 'en', '--format', 'json');
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.update).toBeNull();
      expect(j.count).toBe(5);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('without an update, says how to open one (exit 2)', async () => {
    const r = await plan('diff', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No open update in . (no update in plan.yaml)');
  });
});
