// plan edit project and a form resumed after Ctrl-C, in a real pseudo-terminal: tmux runs the built
// CLI, keys are typed as a clerk would, the screen is read back and the files checked.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const repo = path.resolve(__dirname, '../..');
const server = `plan-edit-${process.pid}`;
const root = mkdtempSync(path.join(tmpdir(), 'plan-edit-pty-'));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.log('edit-pty: tmux is not installed, the terminal tests are skipped');
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-L', server, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', server, 'kill-server']);
  rmSync(root, { recursive: true, force: true });
});

/** A tmux session running `command`; helpers to read the screen, wait, and type. */
function session(name: string, command: string) {
  tmux('new-session', '-d', '-s', name, '-x', '160', '-y', '50', `cd ${repo} && ${command}; echo "EXIT=$?"; sleep 60`);
  const screen = () => tmux('capture-pane', '-p', '-t', name, '-S', '-80').replace(/[\u2066-\u2069]/g, '');
  const waitFor = async (pattern: RegExp, timeoutMs = 15_000) => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const s = screen();
      if (pattern.test(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const done = () => (screen().match(/✔/g) ?? []).length;
  // Answers the current prompt and waits until it is marked done.
  const answer = async (...keys: Array<string | { text: string }>) => {
    const n = done();
    for (const k of keys) {
      if (typeof k === 'string') tmux('send-keys', '-t', name, k);
      else tmux('send-keys', '-t', name, '-l', k.text);
    }
    const end = Date.now() + 15_000;
    while (done() <= n && !/EXIT=\d+/.test(screen())) {
      if (Date.now() > end) throw new Error(`no answer recorded; screen:\n${screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    screen,
    waitFor,
    answer,
    keys: (...k: string[]) => tmux('send-keys', '-t', name, ...k),
    type: (t: string) => tmux('send-keys', '-t', name, '-l', t),
  };
}

describe.skipIf(!hasTmux)('in a pseudo-terminal', () => {
  it('plan edit project: the form comes prefilled; Enter keeps a value, typing changes it; only that line changes', async () => {
    const ws = path.join(root, 'edit');
    cpSync(path.join(repo, 'test/fixtures/minimal'), ws, { recursive: true });
    const before = readFileSync(path.join(ws, 'projects/P01.yaml'), 'utf8');
    const s = session('edit', `node bin/plan.js edit project P01 -w ${ws} --lang en`);
    await s.waitFor(/\? Id \(P01\)/);
    await s.answer('Enter'); // id kept
    expect(await s.waitFor(/Title \(in Arabic\) \(ربط دوار واحد بالماء الصالح للشرب\)/)).toBeTruthy();
    await s.answer('Enter');
    await s.waitFor(/Title \(in French\) \(Raccordement du douar Un/);
    await s.answer({ text: 'Raccordement du douar Un au réseau d’eau' }, 'Enter');
    // Every other question proposes today's value: Enter through them, the financing kept as it is.
    for (let i = 0; i < 40 && !/EXIT=\d+/.test(s.screen()); i++) {
      if (
        /\? Keep the current financing\? COMMUNE:2022=200000,2023=200000; REGION/.test(
          s
            .screen()
            .split('\n')
            .filter((l) => l.startsWith('?'))
            .pop() ?? '',
        )
      )
        await s.answer('Enter');
      else await s.answer('Enter');
    }
    const out = await s.waitFor(/EXIT=\d+/);
    expect(out).toMatch(/Changed P01 in projects\/P01\.yaml/);
    expect(out).toMatch(/EXIT=0/);
    const after = readFileSync(path.join(ws, 'projects/P01.yaml'), 'utf8');
    const changed = after.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    expect(changed).toEqual(['title: { ar: ربط دوار واحد بالماء الصالح للشرب, fr: Raccordement du douar Un au réseau d’eau }']);
  }, 90_000);

  it('Ctrl-C late in a long form keeps the answers; the next run offers to resume and asks only the rest', async () => {
    const ws = path.join(root, 'resume');
    cpSync(path.join(repo, 'test/fixtures/minimal'), ws, { recursive: true });
    const s = session('cut', `node bin/plan.js add project -w ${ws} --lang en`);
    await s.waitFor(/\? Id \(P02\)/);
    await s.answer('Enter');
    await s.waitFor(/Title \(in Arabic\)/);
    await s.answer({ text: 'مشروع الإنارة العمومية' }, 'Enter');
    await s.waitFor(/Title \(in French\)/);
    await s.answer({ text: 'Éclairage public' }, 'Enter');
    await s.waitFor(/Strategic axis/);
    // An optional choice starts on «— no value —»: the axis is chosen below it.
    await s.answer('Down', 'Enter');
    await s.waitFor(/Sector \(type to filter\)/);
    await s.answer({ text: 'lighting' }, 'Enter');
    await s.waitFor(/Priorities addressed/);
    await s.answer(' ', 'Enter');
    await s.waitFor(/Douars or neighbourhoods/);
    s.keys('C-c');
    const cut = await s.waitFor(/EXIT=\d+/);
    expect(cut).toMatch(/Your answers are kept in \.plan\/drafts\/add\.project\.yaml/);
    expect(cut).toMatch(/EXIT=130/);
    expect(existsSync(path.join(ws, 'projects/P02.yaml'))).toBe(false);
    expect(parse(readFileSync(path.join(ws, '.plan/drafts/add.project.yaml'), 'utf8'))).toMatchObject({
      id: 'P02',
      title_ar: 'مشروع الإنارة العمومية',
      title_fr: 'Éclairage public',
      axis: 'AX1',
      priority_ids: ['PRI1'],
    });

    const again = session('again', `node bin/plan.js add project -w ${ws} --lang en`);
    await again.waitFor(/A draft with \d+ answers is kept in \.plan\/drafts\/add\.project\.yaml\. Resume from it\?/);
    await again.answer('Enter');
    // The first question asked is the one the Ctrl-C cut, not the id.
    const resumed = await again.waitFor(/\? Douars or neighbourhoods/);
    expect(resumed).not.toMatch(/\? Id/);
    again.keys('C-c');
    await again.waitFor(/EXIT=130/);
  }, 90_000);
});
