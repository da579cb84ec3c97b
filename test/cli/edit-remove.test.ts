// plan edit and plan remove: every kind plan add knows can be changed (flags, --set, or the prefilled
// form) and removed; references are listed, refused, cascaded or renamed; --dry-run shows the diffs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { ENTRY_KINDS } from '../../src/core/wizard/entries.js';
import { PHASE_FORMS } from '../../src/core/wizard/forms/index.js';

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'plan-edit-'));
  cpSync('test/fixtures/minimal', ws, { recursive: true });
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));
const read = (f: string) => readFileSync(path.join(ws, f), 'utf8');
const plan = (...args: string[]) => runCli([...args, '-w', ws, '--lang', 'en']);

describe('plan edit', () => {
  it('changes one field with --set; every other line, comment and key order is kept', async () => {
    const before = read('priorities.yaml');
    const r = await plan('edit', 'priority', 'PRI1', '--set', 'need_fr=Eau potable pour tous');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Changed PRI1 in priorities\.yaml/);
    const after = read('priorities.yaml');
    const changed = after.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    expect(changed).toEqual(['    need: { ar: الماء الصالح للشرب في الدوار, fr: Eau potable pour tous }']);
  });
  it('takes the form’s own flags too, and --dry-run prints the diff without writing', async () => {
    const before = read('projects/P01.yaml');
    const r = await plan('edit', 'project', 'P01', '--women', '320', '--men', '280', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^-beneficiaries: \{ total: 600, women: 310, men: 290 \}$/m);
    expect(r.stdout).toMatch(/^\+beneficiaries: \{ total: 600, women: 320, men: 280 \}$/m);
    expect(read('projects/P01.yaml')).toBe(before);
  });
  it('keeps what the form does not manage (other target years, hand-written fields)', async () => {
    const r = await plan('edit', 'indicator', 'I1', '--target', '150');
    expect(r.code).toBe(0);
    const i1 = parse(read('indicators.yaml')).indicators[0];
    expect(i1.targets).toEqual({ '2023': 120, '2027': 150 });
    expect(i1.sex_disaggregated).toBe(false);
  });
  it('a bad value is refused with the question’s own message', async () => {
    const r = await plan('edit', 'locality', 'D1', '--set', 'population=many');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--population .*Enter a whole number/);
  });
  it('an unknown id says which ones exist', async () => {
    const r = await plan('edit', 'priority', 'PRI2');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No priority with id PRI2 \(did you mean PRI1\? known: PRI1\)/);
  });
  it('a new id renames the entry and every reference to it', async () => {
    const r = await plan('edit', 'priority', 'PRI1', '--id', 'PRI9');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Renamed priority PRI1 to PRI9 in priorities\.yaml; references updated \(1\) in: projects\/P01\.yaml/);
    expect(parse(read('projects/P01.yaml')).priority_ids).toEqual(['PRI9']);
    expect(read('projects/P01.yaml')).toMatch(/^priority_ids: \[PRI9\]$/m);
  });
  it('renaming a criterion renames the score keys; renaming a project moves its sheet', async () => {
    expect((await plan('edit', 'criterion', 'urgency', '--id', 'urgence')).code).toBe(0);
    expect(parse(read('priorities.yaml')).priorities[0].scores).toEqual({ beneficiaries: 4, urgence: 5 });
    const r = await plan('edit', 'project', 'P01', '--id', 'P05');
    expect(r.code).toBe(0);
    expect(existsSync(path.join(ws, 'projects/P01.yaml'))).toBe(false);
    expect(parse(read('projects/P05.yaml')).id).toBe('P05');
    expect(parse(read('indicators.yaml')).indicators[0].project).toBe('P05');
    expect((await runCli(['validate', ws, '--lang', 'en'])).stdout).not.toMatch(/PAC-REF/);
  });
});

describe('plan remove', () => {
  it('lists what refers to the entry and refuses without --cascade or --force', async () => {
    const before = read('priorities.yaml');
    const r = await plan('remove', 'axis', 'AX1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /axis AX1 is referred to in 2 place\(s\):\n {2}priorities\.yaml:\d+:\d+ {2}priorities\[0\]\.axis\n {2}projects\/P01\.yaml:4:7 {2}axis/,
    );
    expect(r.stderr).toMatch(/AX1 not removed: use --cascade/);
    expect(read('priorities.yaml')).toBe(before);
  });
  it('--cascade removes the references too; --dry-run shows every file’s diff', async () => {
    const dry = await plan('remove', 'axis', 'AX1', '--cascade', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/\+\+\+ .*priorities\.yaml[\s\S]*- {2}- id: AX1[\s\S]*- {4}axis: AX1/);
    expect(dry.stdout).toMatch(/\+\+\+ .*projects\/P01\.yaml[\s\S]*^-axis: AX1$/m);
    const r = await plan('remove', 'axis', 'AX1', '--cascade');
    expect(r.code).toBe(0);
    expect(parse(read('priorities.yaml')).axes).toEqual([]);
    expect(parse(read('priorities.yaml')).priorities[0].axis).toBeUndefined();
    expect(parse(read('projects/P01.yaml')).axis).toBeUndefined();
  });
  it('references that cannot be dropped alone (a project’s financing) stop even --cascade', async () => {
    const r = await plan('remove', 'partner', 'REGION', '--cascade');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/projects\/P01\.yaml:\d+:\d+ {2}financing\[1\]\.partner/);
    expect(parse(read('finance.yaml')).partners.map((p: { id: string }) => p.id)).toContain('REGION');
  });
  it('--force removes and leaves the references for plan validate', async () => {
    expect((await plan('remove', 'indicator', 'I1', '--force')).code).toBe(0);
    expect(parse(read('indicators.yaml')).indicators).toEqual([]);
    expect((await runCli(['validate', ws, '--lang', 'en'])).stdout).toMatch(/PAC-REF-003/);
  });
  it('a project sheet is deleted, and --cascade drops the indicator’s link to it', async () => {
    const r = await plan('remove', 'project', 'P01', '--cascade');
    expect(r.code).toBe(0);
    expect(existsSync(path.join(ws, 'projects/P01.yaml'))).toBe(false);
    expect(parse(read('indicators.yaml')).indicators[0].project).toBeUndefined();
  });
  it('an entry nobody refers to goes at once (a projection row by its year)', async () => {
    const r = await plan('remove', 'projection', '2024');
    expect(r.code).toBe(0);
    expect(parse(read('finance.yaml')).projection.map((p: { year: number }) => p.year)).toEqual([2022, 2023]);
  });
});

// The implementation set-up (steering, reports, communication) and the resource lines: plan add gives
// the first three an id (ST1, RP1, CM1); a resource line is its year and category (2023.vat_share); a
// line written by hand without an id goes by its position until an edit gives it one.
describe('lines of the implementation set-up and resources', () => {
  const HAND = [
    'implementation:',
    '  # who steers the plan',
    '  steering:',
    '    - body: { ar: لجنة القيادة, fr: Comité de pilotage } # chaired by the president',
    '      role: { ar: التتبع, fr: Suivi }',
    '',
  ].join('\n');
  const addLines = async () => {
    for (const args of [
      ['steering', '--body-ar', 'لجنة التتبع', '--body-fr', 'Comité de suivi', '--role-ar', 'التقييم', '--role-fr', 'Évaluation'],
      ['report', '--report-ar', 'تقرير سنوي', '--report-fr', 'Rapport annuel', '--frequency', 'annual', '--month', '4'],
      ['communication', '--action-ar', 'نشر البرنامج', '--action-fr', 'Publication', '--channel', 'website'],
      ['resource', '--year', '2023', '--category', 'vat_share', '--amount', '1600000'],
    ])
      expect((await plan('add', ...args)).code).toBe(0);
  };
  beforeEach(async () => {
    writeFileSync(path.join(ws, 'plan.yaml'), read('plan.yaml') + HAND);
    await addLines();
  });
  it('plan add writes an id on each line; a hand-written line keeps its place and has none', () => {
    const impl = parse(read('plan.yaml')).implementation;
    expect(impl.steering.map((e: { id?: string }) => e.id)).toEqual([undefined, 'ST1']);
    expect(impl.reporting[0].id).toBe('RP1');
    expect(impl.communication[0].id).toBe('CM1');
  });
  it('--set and the form’s flags change one line; --dry-run shows the diff and writes nothing', async () => {
    const before = read('plan.yaml');
    const dry = await plan('edit', 'report', 'RP1', '--month', '5', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^- {6}month: 4$/m);
    expect(dry.stdout).toMatch(/^\+ {6}month: 5$/m);
    expect(read('plan.yaml')).toBe(before);
    const r = await plan('edit', 'communication', 'CM1', '--set', 'action_fr=Publication du plan', '--set', 'channel=display');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Changed CM1 in plan\.yaml/);
    const changed = read('plan.yaml')
      .split('\n')
      .filter((l, i) => l !== before.split('\n')[i]);
    expect(changed).toEqual(['      action: { ar: نشر البرنامج, fr: Publication du plan }', '      channel: display']);
  });
  it('a resource line is named by its year and category; changing them renames it', async () => {
    expect((await plan('edit', 'resource', '2023.vat_share', '--amount', '1700000')).code).toBe(0);
    expect(parse(read('finance.yaml')).resources).toEqual([{ year: 2023, category: 'vat_share', amount: 1700000 }]);
    const r = await plan('edit', 'resource', '2023.vat_share', '--year', '2024');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Renamed resource 2023\.vat_share to 2024\.vat_share/);
    const none = await plan('edit', 'resource', '2023.vat_share');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No resource with id 2023\.vat_share \(did you mean 2024\.vat_share\?/);
  });
  it('a hand-written line goes by its position; editing it gives it an id, written first, comments kept', async () => {
    const r = await plan('edit', 'steering', '1', '--set', 'role_fr=Pilotage');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Renamed steering 1 to ST2/);
    const text = read('plan.yaml');
    expect(text).toContain(
      [
        '  # who steers the plan',
        '  steering:',
        '    - id: ST2',
        '      body: { ar: لجنة القيادة, fr: Comité de pilotage } # chaired by the president',
        '      role: { ar: التتبع, fr: Pilotage }',
        '    - id: ST1',
      ].join('\n'),
    );
    expect((await plan('edit', 'steering', '1')).stderr).toMatch(/No steering with id 1 .*known: ST2, ST1/);
  });
  it('plan remove takes a line out, --dry-run first; the rest of the file is kept', async () => {
    const dry = await plan('remove', 'steering', 'ST1', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^- {4}- id: ST1$/m);
    expect((await plan('remove', 'steering', 'ST1')).code).toBe(0);
    expect((await plan('remove', 'report', 'RP1')).code).toBe(0);
    expect((await plan('remove', 'resource', '2023.vat_share')).code).toBe(0);
    const impl = parse(read('plan.yaml')).implementation;
    expect(impl.steering).toHaveLength(1);
    expect(impl.reporting).toEqual([]);
    expect(impl.communication[0].id).toBe('CM1');
    expect(parse(read('finance.yaml')).resources).toEqual([]);
    expect(read('plan.yaml')).toContain('# chaired by the president');
    expect((await runCli(['validate', ws, '--lang', 'en'])).code).toBe(0);
  });
  it('shell completion lists them: ids, positions of lines without one, year.category', async () => {
    const complete = async (...w: string[]) => (await runCli(['__complete', ...w], { cwd: ws })).stdout.trim().split('\n');
    expect(await complete('edit', 'steering', '')).toEqual(['1', 'ST1']);
    expect(await complete('remove', 'report', '')).toEqual(['RP1']);
    expect(await complete('edit', 'communication', '')).toEqual(['CM1']);
    expect(await complete('edit', 'resource', '2023')).toEqual(['2023.vat_share']);
  });
});

describe('coverage', () => {
  it('every kind plan add knows can be edited and removed', async () => {
    const added = PHASE_FORMS.filter((f) => f.command.startsWith('add ')).map((f) => f.command.slice(4));
    expect(ENTRY_KINDS.map((k) => k.name)).toEqual(expect.arrayContaining(added));
    for (const k of added) {
      expect((await runCli(['edit', k, '--help'])).stdout).toMatch(/--dry-run/);
      expect((await runCli(['remove', k, '--help'])).stdout).toMatch(/--cascade/);
    }
  });
});
