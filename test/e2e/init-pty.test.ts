// plan init in a real pseudo-terminal: tmux runs the built CLI, keys are typed as a clerk would
// (filtering lists by typing in French and in Arabic), the screen is read back, and the files checked.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const repo = path.resolve(__dirname, '../..');
const session = `plan-init-${process.pid}`;
const root = mkdtempSync(path.join(tmpdir(), 'plan-pty-'));
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-L', session, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
// The isolates the CLI puts around Arabic runs are invisible; drop them to compare text.
const screen = () => tmux('capture-pane', '-p', '-t', session, '-S', '-60').replace(/[\u2066-\u2069]/g, '');

async function waitFor(pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = screen();
    if (pattern.test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const type = (text: string) => tmux('send-keys', '-t', session, '-l', text);
const key = (...keys: string[]) => tmux('send-keys', '-t', session, ...keys);

afterAll(() => {
  spawnSync('tmux', ['-L', session, 'kill-server']);
  rmSync(root, { recursive: true, force: true });
});

describe('plan init in a pseudo-terminal', () => {
  it('asks, filters lists by typing in either script, and writes the workspace', async () => {
    const ws = path.join(root, 'oulmes');
    tmux('new-session', '-d', '-s', session, '-x', '140', '-y', '45', `cd ${repo} && node bin/plan.js init ${ws} --lang fr; echo "EXIT=$?"; sleep 60`);
    await waitFor(/Région \(tapez pour filtrer\)/);
    type('sale kenitra');
    await waitFor(/❯ Rabat-Salé-Kénitra/);
    // Filtering narrows the list: another region is gone from the screen.
    expect(screen()).not.toMatch(/Souss-Massa/);
    key('Enter');
    await waitFor(/Préfecture ou province/);
    type('الخميس'); // typed in Arabic, the French label is found
    await waitFor(/❯ Khémisset/);
    key('Enter');
    await waitFor(/Commune \(tapez pour filtrer\)/);
    type('oulm');
    await waitFor(/❯ Oulmès/);
    key('Enter');
    await waitFor(/Président\(e\) du conseil/);
    type('Ahmed Test');
    key('Enter');
    await waitFor(/Début du mandat/);
    type('2021-13-40'); // an impossible date is refused at the prompt, saying it does not exist
    key('Enter');
    await waitFor(/Cette date n’existe pas/);
    for (let i = 0; i < 10; i++) key('BSpace');
    type('sept. 2021'); // a date in no known shape is refused with the shapes expected (day first or ISO)
    key('Enter');
    await waitFor(/JJ\/MM\/AAAA ou AAAA-MM-JJ, p\. ex\./);
    for (let i = 0; i < 10; i++) key('BSpace');
    type('2021-09-21');
    key('Enter');
    await waitFor(/Membres du conseil en exercice/);
    type('23');
    key('Enter');
    await waitFor(/Recensement de référence/);
    key('Down'); // RGPH 2014
    key('Enter');
    await waitFor(/Population : femmes/);
    type('8422');
    key('Enter');
    await waitFor(/Population : hommes/);
    type('8452');
    key('Enter');
    const periodScreen = await waitFor(/Période du plan/);
    expect(periodScreen).toMatch(/2022-2027/); // proposed from the mandate start
    expect(periodScreen).toMatch(/six ans/); // and the prompt says why
    key('Enter');
    await waitFor(/Langues du document/);
    key('Enter'); // the messages' language was given with --lang, so it is not asked
    await waitFor(/EXIT=\d+/);
    expect(screen()).toMatch(/EXIT=0/);

    const commune = parse(readFileSync(path.join(ws, 'commune.yaml'), 'utf8'));
    expect(commune.name).toEqual({ ar: 'أولماس', fr: 'Oulmès' });
    expect(commune.admin_refs).toEqual({ region_id: 'REGION_10', division_id: 'DIV_030', commune_id: 'COM_0601' });
    expect(commune.population).toEqual({ census: 2014, total: 16874, men: 8452, women: 8422 });
    expect(commune.council).toEqual({ mandate_start: '2021-09-21', members_in_office: 23, president: 'Ahmed Test' });
    const plan = parse(readFileSync(path.join(ws, 'plan.yaml'), 'utf8'));
    expect(plan.period).toEqual({ start_year: 2022, end_year: 2027 });
    expect(plan.languages).toEqual(['ar', 'fr']);
    expect(existsSync(path.join(ws, '.schemas', 'commune.json'))).toBe(true);
    const v = spawnSync(process.execPath, [path.join(repo, 'bin/plan.js'), 'validate', ws], { encoding: 'utf8' });
    expect(v.status, v.stdout).toBe(0);
  }, 90_000);

  it('Ctrl-C at a prompt leaves nothing behind', async () => {
    const ws = path.join(root, 'interrupted');
    const s2 = `${session}-c`;
    const t2 = (...args: string[]) => execFileSync('tmux', ['-L', session, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
    t2('new-session', '-d', '-s', s2, '-x', '120', '-y', '40', `cd ${repo} && node bin/plan.js init ${ws} --lang en; echo "EXIT=$?"; sleep 60`);
    const read = () => t2('capture-pane', '-p', '-t', s2);
    const end = Date.now() + 15_000;
    while (!/Region \(type to filter\)/.test(read())) {
      if (Date.now() > end) throw new Error(read());
      await new Promise((r) => setTimeout(r, 100));
    }
    t2('send-keys', '-t', s2, 'Enter');
    while (!/Prefecture or province/.test(read())) {
      if (Date.now() > end) throw new Error(read());
      await new Promise((r) => setTimeout(r, 100));
    }
    t2('send-keys', '-t', s2, 'C-c');
    while (!/EXIT=\d+/.test(read())) {
      if (Date.now() > end) throw new Error(read());
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(read()).toMatch(/Cancelled: no file written/);
    expect(read()).toMatch(/EXIT=130/);
    expect(existsSync(ws)).toBe(false);
  }, 60_000);
});
