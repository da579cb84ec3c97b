// plan report --year N end to end: the report of examples/oulmes for 2023 in ar, fr and ar+fr, as HTML and
// as PDF printed by a real Chromium, read back with poppler: Arabic and French words whole, the totals the
// view model computes printed as such, only the document's fonts; and the refusals (no follow-up for the
// year, a plan not adopted), in the user's language, exit 2.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadWorkspace } from '../../src/io/load-workspace.js';
import { buildReport } from '../../src/core/report/build-report.js';
import { formatNumber } from '../../src/i18n/format.js';
import { runCli } from '../helpers/run-cli.js';
import { arabicWords, hasPoppler, pdfFonts, popplerText, squash, testBrowser } from './pdf-tools.js';

const repo = path.resolve(__dirname, '../..');
const OULMES = path.join(repo, 'examples/oulmes');
const browser = testBrowser();
const poppler = hasPoppler();
if (!browser || !poppler)
  console.warn(
    `report PDF e2e skipped: ${!browser ? 'no Chrome/Chromium found (apt-get install chromium, or PLAN_BROWSER)' : 'poppler-utils missing (pdftotext, pdffonts)'}`,
  );
const LANGS = ['ar', 'fr', 'ar+fr'] as const;
const TODAY = '2025-01-01';
const env = { SOURCE_DATE_EPOCH: '1700000000', PLAN_BROWSER: browser ?? '' };
const out = mkdtempSync(path.join(tmpdir(), 'plan-report-'));
const file = (lang: string, format: string) => path.join(out, `oulmes.report-2023.${lang.replace('+', '-')}.${format}`);
const HARAKAT = /[\u064b-\u065f\u0670]/g;
const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&[a-z]+;/g, ' ');

describe('plan report --format html (no browser needed)', () => {
  it.each(LANGS)('writes the 2023 report of Oulmès in %s', async (lang) => {
    const r = await runCli(['report', OULMES, '--year', '2023', '--lang', lang, '--out', out, '--today', TODAY], { env });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(file(lang, 'html'), 'utf8');
    if (lang !== 'fr') expect(html).toContain('تقرير حول تنفيذ برنامج عمل الجماعة');
    if (lang !== 'ar') expect(html).toContain('Rapport d’exécution du programme d’action de la commune');
    expect(html).toContain('Content-Security-Policy');
  });

  it('never replaces a file without --force (exit 2), and does with it', async () => {
    const again = await runCli(['report', OULMES, '--year', '2023', '--lang', 'fr', '--out', out, '--today', TODAY], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/oulmes\.report-2023\.fr\.html/);
    const forced = await runCli(['report', OULMES, '--year', '2023', '--lang', 'fr', '--out', out, '--today', TODAY, '--force'], { env });
    expect(forced.code, forced.stderr).toBe(0);
  });
});

describe('refusals', () => {
  it('no follow-up for the year: exit 2, said in the user’s language, with the years that exist', async () => {
    const fr = await runCli(['report', OULMES, '--year', '2025', '--out', out], { env: { ...env, LANG: 'fr_FR.UTF-8' } });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toMatch(/pas de suivi pour l’année 2025 .*followup\/2025\.yaml.*années suivies : 2023/);
    const ar = await runCli(['report', OULMES, '--year', '2025', '--out', out], { env: { ...env, LANG: 'ar_MA.UTF-8' } });
    expect(ar.code).toBe(2);
    expect(ar.stderr).toContain('لا يوجد تتبع للسنة 2025');
    expect(existsSync(path.join(out, 'oulmes.report-2025.ar-fr.html'))).toBe(false);
  });

  it('a plan not adopted: exit 2, nothing written', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'plan-report-ws-'));
    try {
      cpSync(OULMES, ws, { recursive: true });
      rmSync(path.join(ws, 'adoption.yaml'));
      const r = await runCli(['report', ws, '--year', '2023', '--out', out, '--draft'], { env: { ...env, LANG: 'en_GB.UTF-8' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/the plan is not adopted by the council/);
      expect(existsSync(path.join(out, `${path.basename(ws)}.report-2023.ar-fr.html`))).toBe(false);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('several workspaces: each one written, one without the year’s follow-up refused (exit 2) without stopping the others', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'plan-report-many-'));
    try {
      for (const name of ['a', 'b', 'c']) cpSync(OULMES, path.join(base, name), { recursive: true });
      rmSync(path.join(base, 'b', 'followup'), { recursive: true });
      const dest = path.join(base, 'out');
      const dirs = ['a', 'b', 'c'].map((n) => path.join(base, n));
      const r = await runCli(['report', ...dirs, '--year', '2023', '--lang', 'fr', '--out', dest, '--today', TODAY], {
        env: { ...env, LANG: 'fr_FR.UTF-8' },
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/b : pas de suivi pour l’année 2023/);
      expect(existsSync(path.join(dest, 'a.report-2023.fr.html'))).toBe(true);
      expect(existsSync(path.join(dest, 'b.report-2023.fr.html'))).toBe(false);
      expect(existsSync(path.join(dest, 'c.report-2023.fr.html'))).toBe(true);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('a year that is not a year is a usage error', async () => {
    const r = await runCli(['report', OULMES, '--year', '23'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/four-digit year/);
  });
});

describe.skipIf(!browser || !poppler)('plan report --format pdf (real Chromium, read back with poppler)', () => {
  const texts = new Map<string, string>();
  const vocab = new Map<string, Set<string>>();
  beforeAll(async () => {
    for (const lang of LANGS) {
      const r = await runCli(['report', OULMES, '--year', '2023', '--lang', lang, '--format', 'pdf', '--out', out, '--today', TODAY, '--force'], {
        env,
      });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/\d+ pages/);
      texts.set(lang, popplerText(file(lang, 'pdf')));
      const html = readFileSync(file(lang, 'html'), 'utf8');
      vocab.set(lang, new Set(arabicWords(decode(html.replace(/<[^>]+>/g, ' ')))));
    }
  }, 300_000);

  for (const lang of LANGS) {
    describe(lang, () => {
      if (lang !== 'fr')
        it('every Arabic word pdftotext extracts is a word of the document, and the key words come out whole', () => {
          const text = texts.get(lang)!;
          const words = arabicWords(text);
          expect(words.length).toBeGreaterThan(300);
          // Letters are compared without their vowel marks: a mark typed in the plan text (the damma of
          // «أُعلن» in the example's follow-up) comes out before its letter under pdftotext, and pdf.js
          // drops the letter and its mark; docs/report.md says so. Every letter must still be in its word.
          const bare = (w: string) => w.replace(HARAKAT, '');
          const known = new Set([...vocab.get(lang)!].map(bare));
          const unknown = words.filter((w) => !known.has(bare(w)) && w !== 'صفحة');
          expect(unknown, [...new Set(unknown)].slice(0, 20).join(' ')).toEqual([]);
          for (const w of ['تقرير', 'تنفيذ', 'برنامج', 'الجماعة', 'المبرمج', 'الملتزم', 'المؤدى', 'المؤشرات', 'التأخرات', 'المقترحات'])
            expect(words, w).toContain(w);
          expect(text.replace(/\s+/g, ' ')).toContain('تقرير حول تنفيذ برنامج عمل الجماعة');
        });
      if (lang !== 'ar')
        it('the French words come out whole', () => {
          const text = texts.get(lang)!.replace(/\s+/g, ' ');
          for (const w of [
            'Rapport d’exécution du programme',
            'Exécution financière',
            'Engagé',
            'Payé',
            'Programmé',
            'Propositions au conseil',
            'Retards et leurs motifs',
          ])
            expect(text, w).toContain(w);
        });

      it('prints the totals the view model computes', async () => {
        const plan = (await loadWorkspace(OULMES, { lang: 'en' })).plan;
        const m = buildReport(plan, { mode: lang, year: 2023, draft: false, generator: 'test', today: TODAY });
        const text = squash(texts.get(lang)!);
        const master = lang === 'fr' ? 'fr' : 'ar';
        for (const v of [m.money.year.programmed, m.money.year.committed, m.money.year.paid, m.money.cumulated.committed, m.money.cumulated.paid]) {
          expect(v).toBeGreaterThan(0);
          expect(text, String(v)).toContain(squash(formatNumber(v, master)));
        }
        // each partner's committed figure of the year is printed too
        for (const p of m.money.byPartner.filter((x) => x.year.committed > 0)) expect(text).toContain(squash(formatNumber(p.year.committed, master)));
      });

      it('embeds only Amiri and Noto Sans', () => {
        const fonts = pdfFonts(file(lang, 'pdf'));
        expect(fonts.length).toBeGreaterThan(0);
        for (const f of fonts) {
          expect(f.name).toMatch(/Amiri|NotoSans|Noto Sans/);
          expect(f.emb).toBe(true);
        }
      });
    });
  }
});
