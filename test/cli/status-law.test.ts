// `plan status` and `plan validate` judge recorded facts against today, never call a rejected vote or a
// future act done, and show the steps that follow an adoption; `plan rules` gives every basis in three
// languages with `unverified`.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { MINIMAL_DIR } from '../helpers/plan-builder.js';
import { RULES } from '../../src/core/rules/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function copy(edit?: (adoption: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-law-'));
  dirs.push(dir);
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  if (edit) {
    const f = path.join(dir, 'adoption.yaml');
    writeFileSync(f, edit(readFileSync(f, 'utf8')));
  }
  return dir;
}
const status = async (dir: string, today: string, lang = 'fr') =>
  (await runCli(['status', dir, '--today', today, '--lang', lang], { env: { PLAN_BIDI: 'none' } })).stdout;

describe('plan status after the vote', () => {
  it('an adopted plan: all phases complete, and the steps that follow with their dates', async () => {
    const out = await status(copy(), '2022-07-01');
    expect(out.split('\n')[0]).toMatch(/Toutes les phases sont terminées/);
    expect(out).not.toMatch(/Phase en cours : 6|Terminé/);
    expect(out).toMatch(/Évaluation annuelle .* : au plus tard le 2023-05-01/);
    expect(out).toMatch(/Actualisation possible .* : à partir du 2024-05-24/);
    expect(out).toMatch(
      /2022-05-18 {2}Transmission de la délibération et du procès-verbal au gouverneur de la préfecture ou de la province — fait le 2022-05-10, dans le délai/,
    );
  });
  it('a rejected vote never shows the procedure as finished', async () => {
    const dir = copy((a) => a.replace('votes: { for: 9, against: 1, abstain: 1 }', 'votes: { for: 4, against: 5, abstain: 2 }'));
    const out = await status(dir, '2022-07-01');
    expect(out.split('\n')[0]).toMatch(/Phase en cours : 5 \(Adoption\)/);
    expect(out).toMatch(/Le vote enregistré n’a pas adopté le plan/);
    expect(out).toMatch(/\[E\] adoption\.yaml#votes/);
    expect(out).toMatch(/- adoption\.yaml#votes: ajouter : plan adopt session; plan adopt votes/);
    expect(out).not.toMatch(/Toutes les phases sont terminées|Terminé|Visa du gouverneur de la préfecture ou de la province \(20 jours/);
    const json = JSON.parse((await runCli(['status', dir, '--today', '2022-07-01', '--format', 'json'])).stdout);
    expect(json).toMatchObject({ current: 5, vote: 'rejected' });
  });
  it('a fact dated after today is not done: "recorded for …, after today"', async () => {
    const out = await status(copy(), '2022-05-20');
    expect(out).toMatch(/Visa du gouverneur .* — enregistré au 2022-05-24, après aujourd’hui : pas encore un fait, vérifiez la date/);
    expect(out).toMatch(/\[ \] adoption\.yaml#visa/);
    expect(out).toMatch(/\[E\] PAC-ADO-010/);
    expect(out).not.toMatch(/fait le 2022-05-24/);
  });
});

describe('plan validate --today', () => {
  it('reports recorded facts after that day, and refuses a day that does not exist', async () => {
    const codes = async (...extra: string[]) =>
      JSON.parse((await runCli(['validate', MINIMAL_DIR, '--format', 'json', ...extra])).stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(await codes('--today', '2022-07-01')).toEqual([]);
    expect(await codes('--today', '2022-05-20')).toEqual(['PAC-ADO-010', 'PAC-ADO-010', 'PAC-ADO-010', 'PAC-ADO-010']);
    expect((await runCli(['validate', MINIMAL_DIR, '--today', '2027-02-30'])).code).toBe(2);
  });
});

describe('plan rules --format json', () => {
  it('lists every rule with its basis in three languages and whether the reading is verified', async () => {
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout);
    expect(json.rules.map((r: { code: string }) => r.code)).toEqual(RULES.map((r) => r.code));
    for (const r of json.rules) {
      expect(Object.keys(r.basis_text), r.code).toEqual(['ar', 'fr', 'en']);
      expect(typeof r.unverified, r.code).toBe('boolean');
    }
    const gen = json.rules.find((r: { code: string }) => r.code === 'PAC-GEN-002');
    expect(gen.basis_text).toEqual({ ar: 'الممارسة', fr: 'pratique', en: 'practice' });
    const ado5 = json.rules.find((r: { code: string }) => r.code === 'PAC-ADO-005');
    expect(ado5).toMatchObject({
      unverified: true,
      basis_text: { ar: 'القانون التنظيمي 113.14، المواد 45–47' },
      params: { tie_rule: { default: 'president_prevails' } },
    });
    expect(json.rules.find((r: { code: string }) => r.code === 'PAC-DEL-001')).toMatchObject({
      unverified: true,
      params: { reading: { default: 'prepared' } },
    });
  });
  it('prints the basis in the table’s language', async () => {
    const table = (await runCli(['rules', '--lang', 'ar'])).stdout;
    expect(table).toMatch(/PAC-GEN-002 .*الممارسة/);
    expect(table).not.toMatch(/PAC-GEN-002 .*practice/);
  });
});

describe('plan adopt votes', () => {
  const strip = (d: string, key: RegExp) => {
    const f = path.join(d, 'adoption.yaml');
    writeFileSync(
      f,
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => !key.test(l))
        .join('\n'),
    );
  };
  it('records the president’s side of a tie, and refuses a tie without it', async () => {
    const dir = copy();
    strip(dir, /^(votes|visa|publication):/);
    // 11 present: 5 for, 5 against, 1 abstention.
    const args = ['adopt', 'votes', '-w', dir, '--for', '5', '--against', '5', '--abstain', '1', '--lang', 'en'];
    const refused = await runCli(args);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/PAC-ADO-005/);
    expect(readFileSync(path.join(dir, 'adoption.yaml'), 'utf8')).not.toMatch(/^votes:/m);
    const saved = await runCli([...args, '--president-side', 'for']);
    expect(saved.code, saved.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'adoption.yaml'), 'utf8')).toMatch(/^votes: \{ for: 5, against: 5, abstain: 1, president_side: for \}$/m);
  });
  it('refuses votes recorded with no session', async () => {
    const dir = copy();
    const f = path.join(dir, 'adoption.yaml');
    const text = readFileSync(f, 'utf8');
    writeFileSync(
      f,
      text.slice(0, text.indexOf('session:')) +
        text
          .slice(text.indexOf('members_in_office:'))
          .split('\n')
          .filter((l) => !/^(votes|visa|publication):/.test(l))
          .join('\n'),
    );
    const r = await runCli(['adopt', 'votes', '-w', dir, '--for', '9', '--against', '1', '--abstain', '1', '--lang', 'en']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/PAC-ADO-009/);
  });
});
