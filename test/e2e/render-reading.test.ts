// The printed plan as a reader finds it, read back from real PDFs (Chromium, pdftotext): both examples
// in ar, fr and ar+fr, and an unadopted copy of Oulmès whose French name holds an unclosed right-to-left
// override. The checks do not depend on whole Arabic words being extracted (some fonts split them):
// Latin words are counted, ids are matched in Latin, and Arabic is compared with spacing removed.
import { describe, expect, it, beforeAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { hasPoppler, pdfInfo, squash, testBrowser } from './pdf-tools.js';
import { ALLOWED_LATIN, RAW_IDS, latinWords } from '../core/render/text.js';

const repo = path.resolve(__dirname, '../..');
const browser = testBrowser();
const poppler = hasPoppler();
if (!browser || !poppler)
  console.warn(
    `render-reading e2e skipped: ${!browser ? 'no Chrome/Chromium found (apt-get install chromium, or PLAN_BROWSER)' : 'poppler-utils missing (pdftotext, pdfinfo)'}`,
  );

type Lang = 'ar' | 'fr' | 'ar+fr';
const LANGS: Lang[] = ['ar', 'fr', 'ar+fr'];
const env = { SOURCE_DATE_EPOCH: '1700000000', PLAN_BROWSER: browser ?? '' };
const out = mkdtempSync(path.join(tmpdir(), 'plan-reading-'));
const RLO = '\u202e';

/** A copy of Oulmès without adoption (no session, votes or visa), its French name opening an override. */
function unadoptedCopy(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'plan-unadopted-')), 'unadopted');
  cpSync(path.join(repo, 'examples/oulmes'), dir, { recursive: true });
  const adoption = parseDocument(readFileSync(path.join(dir, 'adoption.yaml'), 'utf8'));
  for (const key of ['session', 'votes', 'visa', 'decision_no', 'minutes_ref']) adoption.delete(key);
  writeFileSync(path.join(dir, 'adoption.yaml'), adoption.toString());
  const commune = parseDocument(readFileSync(path.join(dir, 'commune.yaml'), 'utf8'));
  commune.setIn(['name', 'fr'], `${RLO}Oulmès`);
  writeFileSync(path.join(dir, 'commune.yaml'), commune.toString());
  return dir;
}

const allText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
/** The text of each page (pdftotext ends every page with a form feed). */
function pagesOf(file: string): string[] {
  const list = allText(file).split('\f');
  if (list[list.length - 1]!.trim() === '') list.pop();
  expect(list.length).toBe(Number(pdfInfo(file).Pages));
  return list;
}
const pageText = (file: string, n: number) => pagesOf(file)[n - 1]!;

describe.skipIf(!browser || !poppler)('the printed plan, read back from the PDF', () => {
  const files = new Map<string, string>();
  let unadopted = '';
  beforeAll(async () => {
    unadopted = unadoptedCopy();
    for (const lang of LANGS) {
      const dest = path.join(out, lang.replace('+', '-'));
      const dirs = [path.join(repo, 'examples/oulmes'), path.join(repo, 'examples/khemisset'), unadopted];
      const r = await runCli(['render', ...dirs, '--format', 'pdf', '--lang', lang, '--out', dest], { env });
      expect(r.code, r.stderr).toBe(0);
      for (const d of dirs) files.set(`${path.basename(d)} ${lang}`, path.join(dest, `${path.basename(d)}.${lang.replace('+', '-')}.pdf`));
    }
  }, 900_000);

  for (const ex of ['oulmes', 'khemisset']) {
    it(`${ex}: the Arabic document holds no Latin-script word but the listed reference codes`, () => {
      const words = [...latinWords(allText(files.get(`${ex} ar`)!))];
      const leaks = words.filter((w) => !ALLOWED_LATIN.some((re) => re.test(w)));
      expect(leaks).toEqual([]);
    });

    for (const lang of LANGS) {
      it(`${ex} (${lang}): no raw id or tool name`, () => {
        const text = allText(files.get(`${ex} ${lang}`)!);
        for (const re of RAW_IDS) expect(text.match(re)?.[0] ?? null, String(re)).toBeNull();
      });

      it(`${ex} (${lang}): the cover says it is a fictitious example; an adopted plan carries no draft mark`, () => {
        const file = files.get(`${ex} ${lang}`)!;
        const cover = squash(pageText(file, 1));
        if (lang !== 'fr') expect(cover).toContain(squash('مثال وهمي'));
        if (lang !== 'ar') expect(cover).toContain(squash('Exemple fictif'));
        const text = squash(allText(file));
        expect(text).not.toMatch(/مشروع—صفحة|Projet—Page|Projet—\d+\/\d+/);
      });
    }
  }

  for (const lang of LANGS) {
    it(`an unadopted plan (${lang}) is marked as a draft on every page`, () => {
      const list = pagesOf(files.get(`unadopted ${lang}`)!);
      expect(list.length).toBeGreaterThan(40);
      for (let i = 1; i <= list.length; i++) {
        const text = squash(list[i - 1]!);
        // The cover's footer holds the mark alone; every other page's footer holds it before the page number.
        if (lang === 'ar') expect(text, `page ${i}`).toMatch(i === 1 ? /مشروع/ : /مشروع—صفحة\d+\/\d+/);
        if (lang === 'fr') expect(text, `page ${i}`).toMatch(i === 1 ? /Projet/ : /Projet—Page\d+\/\d+/);
        if (lang === 'ar+fr') {
          expect(text, `page ${i}`).toMatch(i === 1 ? /Projet/ : /Projet—\d+\/\d+/);
          expect(text, `page ${i}`).toContain('مشروع');
        }
      }
    });
  }

  // The Arabic document's header holds the Arabic name only: the French name is read in fr and ar+fr.
  for (const lang of ['fr', 'ar+fr'] as const) {
    it(`an override in the commune's name stays in its field (${lang}): every running header reads right`, () => {
      const list = pagesOf(files.get(`unadopted ${lang}`)!);
      for (let i = 2; i <= list.length; i++) {
        const header = list[i - 1]!.split('\n').find((l) => l.trim() !== '') ?? '';
        expect(header, `page ${i}`).toContain('Oulmès');
        expect(header, `page ${i}`).not.toContain('sèmluO');
      }
    });
  }
});
