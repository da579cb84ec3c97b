// plan track: the follow-up recorded by flags, by questions, and through the template a technical
// service fills in by hand (CSV and XLSX), read back into followup/<year>.yaml.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { loadWorkspace } from '../../src/io/load-workspace.js';
import type { PromptSpec } from '../../src/core/wizard/question.js';

const scripted: { answers: Record<string, unknown[]>; seen: string[] } = { answers: {}, seen: [] };
vi.mock('../../src/io/prompts.js', () => ({
  PromptCancelled: class extends Error {},
  ask: async (spec: PromptSpec) => {
    scripted.seen.push(spec.id);
    const list = scripted.answers[spec.id];
    // A question not scripted is left empty (Enter on an optional question).
    const v = list?.length ? list.shift() : spec.default;
    const ok = spec.validate(v);
    if (ok !== true) throw new Error(`${spec.id}: ${ok}`);
    return v;
  },
}));

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'plan-track-'));
  cpSync('examples/oulmes', ws, { recursive: true });
  rmSync(path.join(ws, 'followup', '2024.yaml'), { force: true });
  scripted.answers = {};
  scripted.seen = [];
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));
const read = (f: string) => readFileSync(path.join(ws, f), 'utf8');
const plan = async () => (await loadWorkspace(ws, { lang: 'en' })).plan;
const entry = async (year: number, project: string) =>
  (await plan()).followup.find((d) => d.data.year === year)?.data.projects?.find((p) => p.project === project);

describe('plan track project / indicator / review (flags)', () => {
  it('creates followup/<year>.yaml with its modeline, reading dates as people type them', async () => {
    const r = await runCli([
      'track',
      'project',
      'P04',
      '-w',
      ws,
      '--year',
      '2024',
      '--status',
      'works',
      '--progress',
      '٦٠',
      '--committed',
      'INDH=800000',
      '--committed',
      'PROVINCE=400000',
      '--paid',
      'INDH=400000',
      '--started-on',
      '01/03/2024',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = read('followup/2024.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../.schemas/followup.json');
    expect(parse(text)).toEqual({
      year: 2024,
      projects: [
        { project: 'P04', status: 'works', progress: 60, committed: { INDH: 800000, PROVINCE: 400000 }, paid: { INDH: 400000 }, started_on: '2024-03-01' },
      ],
    });
  });

  it('edits the entry of a project already followed in place: comments, order and other values stay', async () => {
    const before = read('followup/2023.yaml');
    const r = await runCli(['track', 'project', 'P04', '-w', ws, '--year', '2023', '--progress', '50', '--paid', 'INDH=600000']);
    expect(r.code).toBe(0);
    const after = read('followup/2023.yaml');
    // Only the two changed lines differ.
    const changed = after.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    expect(changed).toEqual(['    progress: 50', '    paid: { INDH: 600000, PROVINCE: 200000, COMMUNE: 200000 }']);
    expect(after.startsWith(before.split('\n').slice(0, 3).join('\n'))).toBe(true);
  });

  it('asks for the status of a project new to the follow-up, naming the flag', async () => {
    const r = await runCli(['track', 'project', 'P05', '-w', ws, '--year', '2024', '--progress', '10']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--status');
    expect(existsSync(path.join(ws, 'followup/2024.yaml'))).toBe(false);
  });

  it('refuses an unknown project, a year outside the period and a status it cannot read, without a stack trace', async () => {
    const r = await runCli(['track', 'project', 'P99', '-w', ws, '--year', '2031', '--status', 'ongoing-ish']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/P99/);
    expect(r.stderr).toMatch(/2031.*2023-2028/);
    expect(r.stderr).toMatch(/not_started/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('accepts a status in words (French, Arabic)', async () => {
    expect((await runCli(['track', 'project', 'P05', '-w', ws, '--year', '2024', '--status', 'Appel d’offres'])).code).toBe(0);
    expect((await runCli(['track', 'project', 'P26', '-w', ws, '--year', '2024', '--status', 'في طور الدراسات'])).code).toBe(0);
    expect((await entry(2024, 'P05'))?.status).toBe('tendering');
    expect((await entry(2024, 'P26'))?.status).toBe('studies');
  });

  it('records an indicator value and the council’s review', async () => {
    expect(
      (
        await runCli([
          'track',
          'indicator',
          'I-P04-1',
          '-w',
          ws,
          '--year',
          '2024',
          '--value',
          '450',
          '--measured-on',
          '15/12/2024',
          '--source',
          'Service technique',
        ])
      ).code,
    ).toBe(0);
    expect(
      (await runCli(['track', 'review', '-w', ws, '--year', '2024', '--as-of', '31/12/2024', '--session-on', '06/05/2025', '--decision-no', '14/2025'])).code,
    ).toBe(0);
    const f = (await plan()).followup.find((d) => d.data.year === 2024)!.data;
    expect(f.indicators).toEqual([{ indicator: 'I-P04-1', value: 450, measured_on: '2024-12-15', source: 'Service technique' }]);
    expect(f.as_of).toBe('2024-12-31');
    expect(f.review).toEqual({ session_on: '2025-05-06', decision_no: '14/2025' });
    // The file keeps the schema's order: year, as_of, then the lists.
    expect(Object.keys(parse(read('followup/2024.yaml')))).toEqual(['year', 'as_of', 'indicators', 'review']);
  });

  it('checks the entry with the follow-up rules before saving: paid above committed is refused', async () => {
    const before = read('followup/2023.yaml');
    const r = await runCli(['track', 'project', 'P04', '-w', ws, '--year', '2023', '--paid', 'INDH=900000', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/followup\/2023\.yaml:\d+:\d+.*PAC-TRK-001/);
    expect(r.stderr).toContain('more than it committed');
    expect(read('followup/2023.yaml')).toBe(before);
  });

  it('locks the workspace, not followup/: a new followup/ folder is created under the lock', async () => {
    const { workspaceOf } = await import('../../src/io/lock.js');
    expect(workspaceOf(path.join(ws, 'followup', '2031.yaml'))).toBe(ws);
    rmSync(path.join(ws, 'followup'), { recursive: true });
    expect((await runCli(['track', 'indicator', 'I-P04-1', '-w', ws, '--year', '2024', '--value', '450'])).code).toBe(0);
    expect(existsSync(path.join(ws, 'followup', '.plan.lock'))).toBe(false);
    expect(parse(read('followup/2024.yaml'))).toEqual({ year: 2024, indicators: [{ indicator: 'I-P04-1', value: 450 }] });
  });

  it('--dry-run shows the diff and writes nothing', async () => {
    const r = await runCli(['track', 'project', 'P04', '-w', ws, '--year', '2023', '--progress', '55', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+    progress: 55');
    expect(read('followup/2023.yaml')).toContain('progress: 45');
  });
});

describe('plan track project (questions on a terminal)', () => {
  it('asks the questions, money partner by partner, and writes the entry', async () => {
    scripted.answers = {
      year: ['2024'],
      project: ['P04'],
      status: ['done'],
      progress: ['100'],
      'committed.INDH': ['800000'],
      'committed.PROVINCE': ['400000'],
      'committed.COMMUNE': ['200000'],
      'paid.INDH': ['800000'],
      'paid.PROVINCE': ['400000'],
      'paid.COMMUNE': ['200000'],
      started_on: ['11/09/2023'],
      delivered_on: ['٢٠/١١/٢٠٢٤'],
      reason_ar: [''],
    };
    const r = await runCli(['track', 'project', '-w', ws], { tty: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(await entry(2024, 'P04')).toEqual({
      project: 'P04',
      status: 'done',
      progress: 100,
      committed: { INDH: 800000, PROVINCE: 400000, COMMUNE: 200000 },
      paid: { INDH: 800000, PROVINCE: 400000, COMMUNE: 200000 },
      started_on: '2023-09-11',
      delivered_on: '2024-11-20',
    });
    // A finished project is not asked for a council decision.
    expect(scripted.seen).not.toContain('decision_number');
  });
});

// Fills cells of a template as a person would: by the column's key, on the row of a project.
function fill(rows: string[][], keys: string[], project: string, values: Record<string, string>): void {
  const r = rows.find((row) => row[keys.indexOf('project')] === project)!;
  for (const [k, v] of Object.entries(values)) r[keys.indexOf(k)] = v;
}
const keyOf = (h: string) => /\[([^\]]+)\]$/.exec(h)![1]!;

describe('plan track template and import', () => {
  it('a CSV template filled in by hand comes back into the workspace', async () => {
    const t = await runCli(['track', 'template', '-w', ws, '--year', '2024', '-o', path.join(ws, 'suivi.csv'), '--lang', 'fr']);
    expect(t.code).toBe(0);
    const { parse: parseCsv } = await import('csv-parse/sync');
    const rows = parseCsv(readFileSync(path.join(ws, 'suivi.csv'), 'utf8').replace(/^\uFEFF/, '')) as string[][];
    const keys = rows[0]!.map(keyOf);
    // Headers in the user's language with stable keys; the plan's facts filled in.
    expect(rows[0]).toContain('Avancement (%) [progress]');
    expect(keys).toEqual(expect.arrayContaining(['year', 'project', 'title', 'programmed', 'partners', 'status', 'committed.INDH', 'paid.INDH', 'started_on']));
    const p01 = rows.find((r) => r[1] === 'P01')!;
    expect(p01[keys.indexOf('year')]).toBe('2024');
    expect(p01[keys.indexOf('programmed')]).toBe('6750000');
    expect(p01[keys.indexOf('partners')]).toBe('REGION;PROVINCE;COMMUNE');
    fill(rows, keys, 'P01', {
      status: 'Travaux en cours',
      progress: '35 %',
      'committed.REGION': '2 000 000',
      'paid.REGION': '1500000',
      'committed.COMMUNE': '٥٠٠٠٠٠',
      started_on: '12/02/2024',
    });
    fill(rows, keys, 'P03', { status: 'studies', progress: '10' });
    // Written as a spreadsheet saves CSV: a cell with a comma, a quote or a line break is quoted.
    const csv = rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n';
    writeFileSync(path.join(ws, 'suivi.csv'), csv);
    const r = await runCli(['track', 'import', path.join(ws, 'suivi.csv'), '-w', ws]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(await entry(2024, 'P01')).toEqual({
      project: 'P01',
      status: 'works',
      progress: 35,
      committed: { REGION: 2000000, COMMUNE: 500000 },
      paid: { REGION: 1500000 },
      started_on: '2024-02-12',
    });
    expect(await entry(2024, 'P03')).toEqual({ project: 'P03', status: 'studies', progress: 10 });
    // Rows left empty are not imported.
    expect((await plan()).followup.find((d) => d.data.year === 2024)!.data.projects).toHaveLength(2);
  });

  it('an XLSX template filled in by hand comes back into the workspace', async () => {
    const t = await runCli(['track', 'template', '-w', ws, '--year', '2023', '-o', path.join(ws, 'suivi.xlsx'), '--lang', 'ar']);
    expect(t.code).toBe(0);
    const { readSheet } = await import('read-excel-file/node');
    const data = (await readSheet(path.join(ws, 'suivi.xlsx'))) as unknown[][];
    const headers = data[0]!.map(String);
    expect(headers).toContain('نسبة الإنجاز (%) [progress]');
    const keys = headers.map(keyOf);
    // What is already followed in 2023 is pre-filled (P04 at 45 %, its status in Arabic).
    const p04 = data.find((r) => r[keys.indexOf('project')] === 'P04')!;
    expect(p04[keys.indexOf('progress')]).toBe(45);
    expect(p04[keys.indexOf('status')]).toBe('في طور الأشغال');
    // The service changes P04 and reports P05 cancelled, in Arabic words, with the council's decision.
    const rows = data.map((r) => r.map((c) => (c === null || c === undefined ? null : c)));
    const set = (project: string, k: string, v: string | number | Date | null) =>
      (rows.find((r) => r[keys.indexOf('project')] === project)![keys.indexOf(k)] = v);
    set('P04', 'progress', 70);
    set('P04', 'paid.INDH', 700000);
    set('P05', 'status', 'ملغى');
    set('P05', 'reason_ar', 'تعذر توفير العقار');
    set('P05', 'reason_fr', 'Foncier non disponible');
    set('P05', 'decision_number', '45/2023');
    set('P05', 'decision_date', new Date(Date.UTC(2023, 9, 3)));
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const cells = rows.map((r) => r.map((v) => (v === null ? null : { value: v, ...(v instanceof Date ? { format: 'dd/mm/yyyy' } : {}) })));
    await writeXlsxFile(cells as never).toFile(path.join(ws, 'rempli.xlsx'));
    const r = await runCli(['track', 'import', path.join(ws, 'rempli.xlsx'), '-w', ws, '--year', '2023']);
    expect(r.code).toBe(0);
    const p4 = await entry(2023, 'P04');
    expect(p4?.progress).toBe(70);
    expect(p4?.paid).toEqual({ INDH: 700000, PROVINCE: 200000, COMMUNE: 200000 });
    expect(p4?.status).toBe('works');
    expect(await entry(2023, 'P05')).toEqual({
      project: 'P05',
      status: 'cancelled',
      reason: { ar: 'تعذر توفير العقار', fr: 'Foncier non disponible' },
      decision: { number: '45/2023', date: '2023-10-03' },
    });
    // The hand comments of the file survive the import.
    expect(read('followup/2023.yaml')).toContain('# EXEMPLE');
  });

  it('a bad cell refuses the whole file (file:row:column, expected, found); --skip-bad-rows imports the good rows', async () => {
    await runCli(['track', 'template', '-w', ws, '--year', '2024', '-o', path.join(ws, 's.csv'), '--lang', 'en']);
    const lines = readFileSync(path.join(ws, 's.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const keys = lines[0]!.split(',').map(keyOf);
    const rows = lines.slice(1, -1).map((l) => l.split(','));
    const at = (project: string) => rows.findIndex((r) => r[1] === project);
    const p01 = at('P01');
    const p03 = at('P03');
    rows[p01]![keys.indexOf('status')] = 'works';
    rows[p03]![keys.indexOf('status')] = 'half done';
    rows[p03]![keys.indexOf('paid.COMMUNE')] = '12abc';
    writeFileSync(path.join(ws, 's.csv'), [lines[0], ...rows.map((r) => r.join(','))].join('\n'));
    const r = await runCli(['track', 'import', path.join(ws, 's.csv'), '-w', ws, '--lang', 'en']);
    expect(r.code).toBe(1);
    const file = path.join(ws, 's.csv');
    expect(r.stderr).toContain(`${file}:${p03 + 2}:${keys.indexOf('status') + 1}  status: expected one of:`);
    expect(r.stderr).toContain('found "half done"');
    expect(r.stderr).toContain(`${file}:${p03 + 2}:${keys.indexOf('paid.COMMUNE') + 1}  paid.COMMUNE: expected an amount`);
    expect(r.stderr).toContain('Nothing imported: 1 row refused');
    expect(existsSync(path.join(ws, 'followup/2024.yaml'))).toBe(false);
    const s = await runCli(['track', 'import', path.join(ws, 's.csv'), '-w', ws, '--skip-bad-rows', '--lang', 'en']);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('1 refused row not imported');
    expect((await entry(2024, 'P01'))?.status).toBe('works');
    expect(await entry(2024, 'P03')).toBeUndefined();
  });

  it('says so when the file is not a follow-up template', async () => {
    writeFileSync(path.join(ws, 'x.csv'), 'a,b\n1,2\n');
    const r = await runCli(['track', 'import', path.join(ws, 'x.csv'), '-w', ws, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan track template');
  });
});

describe('plan track completion', () => {
  it('completes the sub-commands and the ids of the workspace where the shell stands', async () => {
    const { complete } = await import('../../src/cli/commands/completion.js');
    expect(await complete(['track', ''], ws)).toEqual(['import', 'indicator', 'project', 'review', 'template']);
    expect(await complete(['track', 'project', 'P0'], ws)).toEqual(expect.arrayContaining(['P01', 'P04']));
    expect(await complete(['track', 'indicator', 'I-P04'], ws)).toContain('I-P04-1');
  });
});
