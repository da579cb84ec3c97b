// The added chapters in real PDFs (Chromium, read back with pdftotext): the executive summary, the
// acronyms and lists, the method, the census and age pyramid, the convergence matrix, the commune
// share against capacity, the implementation set-up and the extract of the deliberation, in French,
// Arabic and both; the lists of tables and figures get their page numbers like the contents.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { renderStrings } from '../../src/i18n/render.js';
import { formatNumber } from '../../src/i18n/format.js';
import { hasPoppler, pdfText, squash, testBrowser } from './pdf-tools.js';

const repo = path.resolve(__dirname, '../..');
const browser = testBrowser();
const poppler = hasPoppler();
if (!browser || !poppler)
  console.warn(
    `chapters e2e skipped: ${!browser ? 'no Chrome/Chromium found (apt-get install chromium, or PLAN_BROWSER)' : 'poppler-utils missing (pdftotext)'}`,
  );

const KEYS = [
  'ch.summary',
  'ch.acronyms',
  'ch.lists',
  'sec.method',
  'sec.censuses',
  'sec.pyramid',
  'sec.facilities',
  'sec.property',
  'sec.staff',
  'sec.ratios',
  'sec.convergence',
  'sec.capacity',
  'sec.resources',
  'sec.steering',
  'sec.reportingCalendar',
  'sec.communication',
  'sec.extract',
  'sec.annexList',
] as const;
const env = { SOURCE_DATE_EPOCH: '1700000000', PLAN_BROWSER: browser ?? '' };
const out = mkdtempSync(path.join(tmpdir(), 'plan-chapters-'));
const MODES = ['fr', 'ar', 'ar+fr'] as const;

describe.skipIf(!browser || !poppler)('added chapters in the printed PDF (examples/oulmes)', () => {
  const files = new Map<string, string>();
  beforeAll(async () => {
    for (const lang of MODES) {
      const dest = path.join(out, `oulmes.${lang.replace('+', '-')}.pdf`);
      const r = await runCli(['render', path.join(repo, 'examples/oulmes'), '--format', 'pdf', '--lang', lang, '--out', dest], { env });
      expect(r.code, r.stderr).toBe(0);
      files.set(lang, dest);
    }
  }, 300_000);

  for (const lang of MODES) {
    it(`holds every added chapter and section title (${lang})`, () => {
      const text = pdfText(files.get(lang)!);
      for (const key of KEYS) {
        // The list of (Latin) acronyms is left out of an Arabic-only document.
        if (lang === 'ar' && key === 'ch.acronyms') {
          expect(text, `${key} ar`).not.toContain(squash(renderStrings[key]!.ar));
          continue;
        }
        if (lang !== 'fr') expect(text, `${key} ar`).toContain(squash(renderStrings[key]!.ar));
        if (lang !== 'ar') expect(text, `${key} fr`).toContain(squash(renderStrings[key]!.fr));
      }
    });
  }

  it('prints the summary total, the commune share and capacity, the census and the deliberation text (fr)', () => {
    const text = pdfText(files.get('fr')!);
    // The programme total of the finance chapter, printed in the summary too (twice at least).
    const total = squash(formatNumber(164_900_000, 'fr'));
    expect(text.split(total).length - 1).toBeGreaterThanOrEqual(3);
    // 2024: commune share 5 616 000 against a capacity of 5 750 000, margin 134 000.
    expect(text).toContain(squash(`2024 ${formatNumber(5_616_000, 'fr')} ${formatNumber(5_750_000, 'fr')} ${formatNumber(134_000, 'fr')}`));
    expect(text).toContain(squash(`2014 ${formatNumber(18_706, 'fr')}`));
    expect(text).toContain(squash('Vu la loi organique n° 113-14 relative aux communes'));
    expect(text).toContain(squash('Le secrétaire du conseil'));
    expect(text).toContain(squash('Fatima Zahra El Idrissi'));
    expect(text).toContain(squash('2 - objectif principal'));
  });

  it('numbers the pages of the lists of tables and figures', async () => {
    const { execFileSync } = await import('node:child_process');
    // The lists chapter: each line ends with the page its table or figure is on.
    const raw = execFileSync('pdftotext', ['-layout', files.get('fr')!, '-'], { encoding: 'utf8' });
    const start = raw.indexOf('Liste des tableaux et des figures');
    const lists = raw.slice(start, raw.indexOf('\f', raw.indexOf('Figures', start + 40)));
    const line = lists.split('\n').find((l) => l.includes('Part de la commune face à sa capacité'))!;
    expect(line).toMatch(/\s(\d{2,3})\s*$/);
  });
});
