// Shell completion (bash, zsh, fish) through `plan __complete`: commands, subcommands, options and
// their choices, rule codes, kinds of entries and the ids in the workspace; `plan -v` prints the version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RULES } from '../../src/core/rules/registry.js';
import { runCli } from '../helpers/run-cli.js';
import { VERSION } from '../../src/cli/version.js';

let ws: string;
beforeAll(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'plan-compl-'));
  cpSync('test/fixtures/minimal', ws, { recursive: true });
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));
const complete = async (...words: string[]) =>
  (await runCli(['__complete', ...words], { cwd: path.join(ws, 'projects') })).stdout.trim().split('\n').filter(Boolean);

describe('plan __complete', () => {
  it('commands, phase subcommands and kinds of entries', async () => {
    expect(await complete('')).toEqual(expect.arrayContaining(['validate', 'status', 'add', 'edit', 'remove', 'completion']));
    expect(await complete('re')).toEqual(['remove', 'render', 'report']);
    expect(await complete('add', 'p')).toEqual(['partner', 'priority', 'programme', 'project', 'projection']);
    expect(await complete('edit', '')).toEqual(
      expect.arrayContaining(['axis', 'criterion', 'priority', 'project', 'partner', 'projection', 'indicator', 'committee', 'locality']),
    );
  });
  it('the ids present in the workspace the shell stands in', async () => {
    expect(await complete('edit', 'priority', '')).toEqual(['PRI1']);
    expect(await complete('remove', 'project', 'P')).toEqual(['P01']);
    expect(await complete('edit', 'criterion', '')).toEqual(['beneficiaries', 'urgency']);
    expect(await complete('remove', 'projection', '20')).toEqual(['2022', '2023', '2024']);
  });
  it('options, their choices and rule codes', async () => {
    expect(await complete('validate', '--f')).toEqual(['--fail-on', '--force', '--format']);
    expect(await complete('validate', '--format', '')).toEqual(['github', 'json', 'junit', 'pretty', 'sarif']);
    expect(await complete('validate', '--disable', 'PAC-GEN')).toEqual(['PAC-GEN-001', 'PAC-GEN-002', 'PAC-GEN-003', 'PAC-GEN-004']);
    expect(await complete('validate', '--param', 'PAC-GEN-004')).toEqual(['PAC-GEN-004.min_women_share=', 'PAC-GEN-004.min_women_share_each=']);
    expect(await complete('rules', 'PAC-ADO-00')).toEqual(RULES.map((r) => r.code).filter((c) => c.startsWith('PAC-ADO-00')));
  });
  it('plan report --year: the years of the follow-up files', async () => {
    mkdirSync(path.join(ws, 'followup'), { recursive: true });
    writeFileSync(path.join(ws, 'followup', '2023.yaml'), 'year: 2023\n');
    writeFileSync(path.join(ws, 'followup', '2024.yaml'), 'year: 2024\n');
    expect(await complete('report', '--year', '')).toEqual(['2023', '2024']);
    expect(await complete('report', '--l')).toEqual(['--lang']);
  });
});

describe('plan completion <shell>', () => {
  it.each(['bash', 'zsh', 'fish'])('prints a %s script that asks plan __complete', async (shell) => {
    const r = await runCli(['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/plan __complete/);
  });
  it('the bash script completes in a real bash', () => {
    const script = spawnSync('node', ['bin/plan.js', 'completion', 'bash'], { encoding: 'utf8' }).stdout;
    const bin = mkdtempSync(path.join(tmpdir(), 'plan-bin-'));
    const run = spawnSync(
      'bash',
      [
        '-c',
        `plan() { node ${path.resolve('bin/plan.js')} "$@"; }\n${script}\ncd "${ws}"; COMP_WORDS=(plan edit priority ""); COMP_CWORD=3; _plan_complete; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { encoding: 'utf8' },
    );
    rmSync(bin, { recursive: true, force: true });
    expect(run.stdout.trim()).toBe('PRI1');
  });
  it('an unknown shell is a usage error', async () => {
    expect((await runCli(['completion', 'tcsh'])).code).toBe(2);
  });
});

describe('plan -v', () => {
  it('prints the version', async () => {
    const r = await runCli(['-v']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });
});
