// The survey import's questions are usable where a user expects them: a survey is a priority source,
// add criterion makes a citizen-support criterion, --survey-choice links are saved so that a later plain
// prioritize gives the same ranking, and without a citizen-support criterion the flag says it does nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'plan-survey-'));
  cpSync('examples/oulmes', ws, { recursive: true });
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));
const prio = () => parse(readFileSync(path.join(ws, 'priorities.yaml'), 'utf8'));
const ranks = () => Object.fromEntries(prio().priorities.map((p: { id: string; rank: number; weighted_score: number }) => [p.id, [p.rank, p.weighted_score]]));

describe('surveys where a user expects them', () => {
  it('a survey is a source of a priority', async () => {
    const r = await runCli([
      'add',
      'priority',
      '-w',
      ws,
      '--sector',
      'health',
      '--need-ar',
      'الصحة',
      '--need-fr',
      'Santé',
      '--source-ids',
      'S1',
      '--yes',
      '--lang',
      'en',
    ]);
    expect(r.stderr).not.toMatch(/Unknown choice/);
    expect(r.code).toBe(0);
    expect(prio().priorities.at(-1).source_ids).toEqual(['S1']);
  });
  it('plan add criterion --source citizen_support makes a criterion computed from the consultations', async () => {
    const r = await runCli([
      'add',
      'criterion',
      '-w',
      ws,
      '--id',
      'soutien2',
      '--name-ar',
      'دعم',
      '--name-fr',
      'Soutien',
      '--weight',
      '5',
      '--source',
      'citizen_support',
      '--yes',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(prio().criteria.at(-1)).toMatchObject({ id: 'soutien2', source: 'citizen_support' });
  });
  it('--survey-choice links are saved: a plain prioritize afterwards does not reorder', async () => {
    const r = await runCli(['prioritize', ws, '--survey-choice', 'PRI08=S1.besoin_prioritaire.eau', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Survey links \(1\) saved in survey_choices/);
    expect(prio().priorities.find((p: { id: string }) => p.id === 'PRI08').survey_choices).toEqual([
      { survey: 'S1', question: 'besoin_prioritaire', choice: 'eau' },
    ]);
    const after = ranks();
    const again = await runCli(['prioritize', ws, '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(ranks()).toEqual(after);
    // Given again, the same link is not counted twice.
    await runCli(['prioritize', ws, '--survey-choice', 'PRI08=S1.besoin_prioritaire.eau', '--lang', 'en']);
    expect(ranks()).toEqual(after);
    expect(prio().priorities.find((p: { id: string }) => p.id === 'PRI08').survey_choices).toHaveLength(1);
  });
  it('without a citizen-support criterion, --survey-choice says it has no effect', async () => {
    const f = path.join(ws, 'priorities.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('    source: citizen_support\n', ''));
    const r = await runCli(['prioritize', ws, '--survey-choice', 'PRI08=S1.besoin_prioritaire.eau', '--dry-run', '--lang', 'en']);
    expect(r.stderr).toMatch(/--survey-choice has no effect: no criterion with source citizen_support/);
  });
});
