// The printed plan of an update carries an annex listing what the update changes against the adopted
// version (history/<n>/), in Arabic, French and the bilingual document; a plan without update has none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';

let ws: string;
let out: string;
const read = (f: string) => readFileSync(path.join(ws, f), 'utf8');
const edit = (f: string, from: string | RegExp, to: string) => writeFileSync(path.join(ws, f), read(f).replace(from, to));
/** The text of the annex section of a rendered document (tags removed, spaces collapsed). */
const annexText = (html: string): string => {
  const i = html.indexOf('<section class="update-annex"');
  if (i < 0) return '';
  return html
    .slice(i, html.indexOf('</section>', i))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
};
const render = async (lang: string) => {
  const file = path.join(out, `${lang.replace('+', '-')}.html`);
  const r = await runCli(['render', ws, '--lang', lang, '--format', 'html', '--draft', '--force', '--out', file], { env: { LANG: 'en_US.UTF-8' } });
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(file, 'utf8');
};

beforeAll(async () => {
  ws = mkdtempSync(path.join(tmpdir(), 'plan-update-render-'));
  out = mkdtempSync(path.join(tmpdir(), 'plan-update-render-out-'));
  cpSync('examples/oulmes', ws, { recursive: true });
  const r = await runCli(['update', 'start', ws, '--today', '2025-06-02', '--lang', 'en']);
  expect(r.code, r.stderr).toBe(0);
  edit('projects/P02.yaml', /^estimated_cost: 8800000$/m, 'estimated_cost: 9800000');
  edit(
    'projects/P02.yaml',
    "{ partner: PROVINCE, amount: 2000000, by_year: { '2025': 1000000, '2026': 1000000 } }",
    "{ partner: PROVINCE, amount: 3000000, by_year: { '2025': 1500000, '2026': 1500000 } }",
  );
  edit('projects/P05.yaml', 'schedule: { start_year: 2023, end_year: 2025 }', 'schedule: { start_year: 2026, end_year: 2027 }');
  renameSync(path.join(ws, 'projects/P30.yaml'), path.join(ws, 'projects/P31.yaml'));
  edit('projects/P31.yaml', /^id: P30$/m, 'id: P31');
});
afterAll(() => {
  rmSync(ws, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('the update annex of the printed plan', () => {
  it('lists the changes in French, with its entry in the table of contents', async () => {
    const html = await render('fr');
    const text = annexText(html);
    expect(text).toContain('Annexe : changements apportés par l’actualisation n° 1');
    expect(text).toMatch(/Projets ajoutés .*P31/);
    expect(text).toMatch(/Projets retirés .*P30/);
    expect(text).toMatch(
      /P02 — Ouverture et aménagement des pistes de Tazrout .* Coût estimatif : 8 800 000 MAD → 9 800 000 MAD Financement Conseil provincial de Khémisset : 2 000 000 MAD → 3 000 000 MAD/,
    );
    expect(html).toMatch(/href="#sec-updateChanges"[^>]*>.*Annexe.*actualisation n° 1/);
    expect(text).not.toMatch(/[\u0600-\u06FF]/);
  });

  it('lists them in Arabic', async () => {
    const text = annexText(await render('ar'));
    expect(text).toContain('ملحق: التعديلات التي أدخلها التحيين رقم 1');
    expect(text).toContain('المشاريع المضافة');
    expect(text).toContain('تمويل المجلس الإقليمي للخميسات: 2.000.000 درهم ← 3.000.000 درهم');
    // Year ranges in words, so that the right-to-left line never shows 2025–2023.
    expect(text).toContain('البرمجة الزمنية: من 2023 إلى 2025 ← من 2026 إلى 2027');
    expect(text).not.toContain('Financement');
  });

  it('lists them in both languages in the bilingual document', async () => {
    const text = annexText(await render('ar+fr'));
    expect(text).toContain('المشاريع المعدلة');
    expect(text).toContain('Projets modifiés');
    expect(text).toContain('Coût estimatif : 8 800 000 MAD → 9 800 000 MAD');
  });

  it('is absent from a plan that records no update', async () => {
    const file = path.join(out, 'plain.html');
    const r = await runCli(['render', 'examples/oulmes', '--lang', 'fr', '--format', 'html', '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(annexText(html)).toBe('');
    expect(html).not.toContain('sec-updateChanges');
  });
});
