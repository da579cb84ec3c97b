// plan status after adoption: the follow-up calendar — each past year's follow-up file, its annual
// evaluation before the standing committees and the council's review — done, due this year or late,
// with the next actions that record each, in text and in JSON.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The example as it stood before its 2024 follow-up was recorded: 2023 followed, reviewed and voted on.
const ws = mkdtempSync(path.join(tmpdir(), 'plan-status-followup-'));
cpSync('examples/oulmes', ws, { recursive: true });
rmSync(path.join(ws, 'followup', '2024.yaml'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));
const status = (...args: string[]) => runCli(['status', ws, ...args], { env: { PLAN_BIDI: 'none' } });

describe('plan status: the follow-up calendar of an adopted plan', () => {
  it('2023 done (file, evaluation in April, council in May), 2024 late on 1 June 2025', async () => {
    const r = await status('--today', '2025-06-01', '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    const cal = r.stdout.slice(r.stdout.indexOf('Calendar'));
    expect(cal).toMatch(/2024-05-01 {2}Follow-up of the plan’s execution for 2023 \(followup\/2023\.yaml\) — done on 2023-12-31, in time/);
    expect(cal).toMatch(/2024-05-01 {2}Annual evaluation of the execution in 2023 before the standing committees — done on 2024-04-16, in time/);
    expect(cal).toMatch(/2024-05-31 {2}The council’s review of the execution in 2023 at an ordinary session — done on 2024-05-07, in time/);
    expect(cal).toMatch(/2025-05-01 {2}Follow-up of the plan’s execution for 2024 .*late/);
    expect(cal).toMatch(/2025-05-01 {2}Annual evaluation of the execution in 2024 .*late/);
    const next = r.stdout.slice(r.stdout.indexOf('Next actions'), r.stdout.indexOf('Calendar'));
    expect(next).toContain('followup/2024.yaml');
    expect(next).toContain('plan report --year 2024');
    expect(next).not.toMatch(/2023/);
  });

  it('on 1 March 2025, 2024 is due this year (days left), not late; the current year is not listed', async () => {
    const r = await status('--today', '2025-03-01', '--lang', 'fr', '--format', 'json');
    const rep = JSON.parse(r.stdout) as { calendar: { id: string; year?: number; days_left: number; recorded?: string }[] };
    const fu = rep.calendar.filter((c) => c.year !== undefined);
    expect(fu.map((c) => `${c.id} ${c.year}`)).toEqual([
      'followup_file 2023',
      'annual_evaluation 2023',
      'council_review 2023',
      'followup_file 2024',
      'annual_evaluation 2024',
      'council_review 2024',
    ]);
    expect(fu.find((c) => c.id === 'annual_evaluation' && c.year === 2024)).toMatchObject({ days_left: 61 });
    const text = await status('--today', '2025-03-01', '--lang', 'fr');
    expect(text.stdout).toMatch(/Évaluation annuelle de l’exécution de l’année 2024 devant les commissions permanentes — dans 61 jours/);
  });

  it('speaks Arabic', async () => {
    const r = await status('--today', '2025-06-01', '--lang', 'ar');
    expect(r.stdout).toContain('التقييم السنوي لتنفيذ البرنامج برسم سنة 2024 أمام اللجان الدائمة');
    expect(r.stdout).toContain('دراسة المجلس لحصيلة تنفيذ سنة 2023 في دورة عادية');
  });
});
