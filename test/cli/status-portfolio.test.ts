// `plan status` on several workspaces: one line each, in text, JSON and CSV, agreeing with the
// single-workspace status and with the programme the document prints.
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { runCli } from '../helpers/run-cli.js';
import { main } from '../../src/cli/main.js';
import { loadWorkspace } from '../../src/io/load-workspace.js';
import { programmeView } from '../../src/core/render/programme-view.js';
import { nextDeadline, PORTFOLIO_CSV_COLUMNS } from '../../src/core/status/portfolio.js';
import type { CalendarEntry } from '../../src/core/status/status-report.js';

const root = path.resolve(__dirname, '../..');
const ws = ['examples/oulmes', 'examples/khemisset', 'test/fixtures/minimal'];
const today = '2024-01-15';

describe('plan status on several workspaces', async () => {
  const singles = await Promise.all(ws.map(async (w) => JSON.parse((await runCli(['status', w, '--format', 'json', '--today', today], { cwd: root })).stdout)));
  const totals = await Promise.all(ws.map(async (w) => programmeView((await loadWorkspace(path.join(root, w), { lang: 'en' })).plan).total));

  it('JSON: one entry per workspace, with the phase, counts and next deadline of its own status, and the programme total', async () => {
    const r = await runCli(['status', ...ws, '--format', 'json', '--today', today], { cwd: root });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.workspaces.map((l: { workspace: string }) => l.workspace)).toEqual(ws);
    out.workspaces.forEach((l: any, i: number) => {
      const s = singles[i];
      expect(l.phase).toBe(s.current);
      expect(l.errors).toBe(s.counts.error);
      expect(l.warnings).toBe(s.counts.warning);
      expect(l.programme_cost).toBe(totals[i]);
      const open = s.calendar.filter((c: CalendarEntry) => !c.recorded || c.future).sort((a: CalendarEntry, b: CalendarEntry) => a.date.localeCompare(b.date));
      expect(l.next_deadline?.date ?? null).toBe(open[0]?.date ?? null);
    });
    expect(out.workspaces[0].commune).toBe('OULMES');
    expect(totals[0]).toBeGreaterThan(0);
  });

  it('CSV: parses with csv-parse, one row per workspace, same figures as the JSON', async () => {
    const json = JSON.parse((await runCli(['status', ...ws, '--format', 'json', '--today', today], { cwd: root })).stdout);
    const r = await runCli(['status', ...ws, '--format', 'csv', '--today', today], { cwd: root });
    expect(r.code).toBe(0);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...PORTFOLIO_CSV_COLUMNS]);
    expect(rows.map((x) => x.workspace)).toEqual(ws);
    rows.forEach((row, i) => {
      const l = json.workspaces[i];
      expect(Number(row.programme_cost)).toBe(l.programme_cost);
      expect(Number(row.errors)).toBe(l.errors);
      expect(Number(row.phase)).toBe(l.phase);
      expect(row.next_deadline_date).toBe(l.next_deadline?.date ?? '');
    });
    expect(rows[0]!.commune_name_ar).toBe('أولماس');
  });

  it('text: a header, one line per workspace with its commune and cost, and the total', async () => {
    const r = await runCli(['status', ...ws, '--today', today, '--lang', 'en'], { cwd: root });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Workspace\s+Commune\s+Phase\s+Next deadline\s+Errors\s+Warnings\s+Programme cost \(MAD\)$/);
    const nf = new Intl.NumberFormat('en');
    ws.forEach((w, i) => {
      const line = lines[i + 1]!;
      expect(line.startsWith(w)).toBe(true);
      expect(line.endsWith(nf.format(totals[i]!))).toBe(true);
    });
    expect(lines[1]).toContain('Oulmès');
    expect(lines.at(-1)).toBe(`3 workspaces · programmes in all ${nf.format(totals.reduce((a, b) => a + b, 0))} MAD`);
    const fr = await runCli(['status', ...ws, '--today', today, '--lang', 'fr'], { cwd: root });
    expect(fr.stdout).toMatch(/^Dossier\s+Commune\s+Phase\s+Prochaine échéance/);
  });

  it('a folder that is not a workspace is said on stderr (exit 2); the others are still listed', async () => {
    const r = await runCli(['status', ws[0]!, 'docs', '--format', 'csv', '--today', today, '--lang', 'en'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('docs is not a plan workspace');
    expect(parse(r.stdout, { columns: true })).toHaveLength(1);
  });

  it('one workspace keeps the full status unless CSV is asked', async () => {
    const r = await runCli(['status', ws[0]!, '--format', 'json', '--today', today], { cwd: root });
    expect(JSON.parse(r.stdout).phases).toBeDefined();
    const csv = await runCli(['status', ws[0]!, '--format', 'csv', '--today', today], { cwd: root });
    expect(parse(csv.stdout, { columns: true })).toHaveLength(1);
  });
});

describe('progress of a portfolio', () => {
  const run = async (tty: boolean) => {
    let err = '';
    let out = '';
    const code = await main(['status', ...ws, '--format', 'csv', '--today', today], {
      stdout: { write: (x: string) => (out += x), isTTY: false },
      stderr: { write: (x: string) => (err += x), isTTY: tty },
      stdin: new PassThrough(),
      env: { LANG: 'en_US.UTF-8', NO_COLOR: '1' },
      cwd: root,
    });
    return { code, err, out };
  };
  it('shows a progress bar on stderr when it is a terminal, and keeps stdout clean', async () => {
    const r = await run(true);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`plan status [`);
    expect(r.err).toContain(`${ws.length}/${ws.length}`);
    expect(parse(r.out, { columns: true })).toHaveLength(ws.length);
  });
  it('writes nothing on stderr when it is not a terminal', async () => {
    expect((await run(false)).err).toBe('');
  });
});

describe('nextDeadline', () => {
  const e = (id: CalendarEntry['id'], date: string, extra: Partial<CalendarEntry> = {}): CalendarEntry => ({ id, date, basis: '', days_left: 0, ...extra });
  it('is the earliest act not recorded yet, an overdue one included; a recorded act is skipped unless dated after today', () => {
    expect(nextDeadline([e('visa', '2024-03-01'), e('session', '2023-12-01', { recorded: '2023-11-30' }), e('transmission', '2024-02-01')])?.id).toBe(
      'transmission',
    );
    expect(nextDeadline([e('session', '2023-12-01', { recorded: '2024-06-01', future: true }), e('visa', '2024-03-01')])?.id).toBe('session');
    expect(nextDeadline([e('session', '2023-12-01', { recorded: '2023-11-30' })])).toBeUndefined();
  });
});
