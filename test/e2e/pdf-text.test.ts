// The printed plan is real text: both examples in ar, fr and ar+fr, printed once by a real Chromium, then
// read back from the PDF as poppler (pdftotext) and pdf.js (Firefox) read them: Arabic words whole and in
// logical order, the plan's main words found by search, bookmarks with their headings' titles (once, the two
// languages separated), right-to-left reading for Arabic documents, and only the document's own fonts.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderStrings } from '../../src/i18n/render.js';
import { CHAPTERS as CHAPTER_LIST } from '../../src/core/render/chapters.js';
import { runCli } from '../helpers/run-cli.js';
import { arabicWords, hasPoppler, pdfFonts, pdfOutline, pdfViewerPreferences, pdfjsText, popplerText, testBrowser } from './pdf-tools.js';

const repo = path.resolve(__dirname, '../..');
const browser = testBrowser();
const poppler = hasPoppler();
if (!browser || !poppler)
  console.warn(
    `PDF text e2e skipped: ${!browser ? 'no Chrome/Chromium found (apt-get install chromium, or PLAN_BROWSER)' : 'poppler-utils missing (pdftotext, pdffonts)'}`,
  );

const WORKSPACES = ['examples/oulmes', 'examples/khemisset'];
const LANGS = ['ar', 'fr', 'ar+fr'] as const;
const MAIN_WORDS = ['برنامج', 'الجماعة', 'المشاريع'];
// The titles of the numbered chapters, from the list (src/core/render/chapters.ts).
const CHAPTERS = CHAPTER_LIST.filter((c) => c.numbered).map((c) => c.title);
const out = mkdtempSync(path.join(tmpdir(), 'plan-pdftext-'));
const env = { SOURCE_DATE_EPOCH: '1700000000', PLAN_BROWSER: browser ?? '' };

const ARABIC = /\p{Script=Arabic}/u;
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Whitespace collapsed, bidi marks dropped: phrases then compare whatever the line breaks. */
const flat = (s: string) => s.replace(BIDI, '').replace(/\s+/g, ' ');
const count = (words: string[], w: string) => words.filter((x) => x === w).length;
const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');

/** What the HTML says, to compare the PDF with. */
interface Source {
  /** Every Arabic word the document can print (body text and CSS-generated text such as «صفحة»). */
  vocab: Set<string>;
  /** Arabic words of the body, in order. */
  bodyWords: string[];
  /** The body's text, tags stripped. */
  bodyText: string;
  /** Each heading: level and its text split by language (the Arabic part, the French part). */
  headings: { level: number; ar: string; fr: string }[];
}

function readSource(html: string): Source {
  const body = html.slice(html.indexOf('<body'));
  const bodyText = flat(decode(body.replace(/<[^>]+>/g, ' ')));
  const headings = [...body.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => {
    const inner = m[2]!;
    const fr = [...inner.matchAll(/<(\w+)\b[^>]*\blang="fr"[^>]*>([\s\S]*?)<\/\1>/g)].map((x) => x[2]!).join(' ');
    const ar = inner.replace(/<(\w+)\b[^>]*\blang="fr"[^>]*>[\s\S]*?<\/\1>/g, ' ');
    const text = (s: string) => flat(decode(s.replace(/<[^>]+>/g, ''))).trim();
    // What is outside the French parts is Arabic when it holds Arabic letters; else (a project's number
    // in a French document) it belongs with the French title.
    const rest = text(ar);
    if (/[\u0600-\u06ff]/.test(rest) || !text(fr)) return { level: Number(m[1]), ar: rest, fr: text(fr) };
    return { level: Number(m[1]), ar: '', fr: `${rest} ${text(fr)}`.trim() };
  });
  return { vocab: new Set(arabicWords(decode(html))), bodyWords: arabicWords(bodyText), bodyText, headings };
}

/** Runs of two or more Arabic words in the headings: phrases that must come out whole and in order. */
function phrases(src: Source): string[] {
  const runs = new Set<string>();
  for (const h of src.headings) for (const m of h.ar.matchAll(/\p{Script=Arabic}+(?: \p{Script=Arabic}+)+/gu)) runs.add(m[0]);
  return [...runs];
}

describe.skipIf(!browser || !poppler)('Arabic text, bookmarks and reading direction in the printed PDF', () => {
  const files = new Map<string, { pdf: string; src: Source }>();
  beforeAll(async () => {
    for (const lang of LANGS) {
      const dest = path.join(out, lang.replace('+', '-'));
      const dirs = WORKSPACES.map((w) => path.join(repo, w));
      const pdf = await runCli(['render', ...dirs, '--format', 'pdf', '--lang', lang, '--out', dest, '--concurrency', '2'], { env });
      expect(pdf.code, pdf.stderr).toBe(0);
      const html = await runCli(['render', ...dirs, '--format', 'html', '--lang', lang, '--out', dest], { env });
      expect(html.code, html.stderr).toBe(0);
      for (const w of WORKSPACES) {
        const base = path.join(dest, `${path.basename(w)}.${lang.replace('+', '-')}`);
        files.set(`${w} ${lang}`, { pdf: `${base}.pdf`, src: readSource(readFileSync(`${base}.html`, 'utf8')) });
      }
    }
  }, 600_000);

  for (const ws of WORKSPACES) {
    for (const lang of LANGS) {
      describe(`${ws} (${lang})`, () => {
        const get = () => files.get(`${ws} ${lang}`)!;

        if (lang !== 'fr') {
          // Each reader in turn: every Arabic word it extracts is a word of the document (a word broken at a
          // dotted letter, or reversed, is not), the main words are found as often as the body holds them, and
          // the headings' phrases come out whole with their words in order.
          const readers: [string, (f: string) => string | Promise<string>][] = [
            ['pdftotext', popplerText],
            ['pdf.js', pdfjsText],
          ];
          for (const [reader, read] of readers) {
            it(`extracts whole Arabic words in logical order with ${reader}`, async () => {
              const { pdf, src } = get();
              const text = await read(pdf);
              const words = arabicWords(text);
              expect(words.length).toBeGreaterThan(src.bodyWords.length * 0.8);
              const unknown = words.filter((w) => !src.vocab.has(w));
              const sample = [...new Set(unknown)].slice(0, 20).join(' ');
              expect(unknown, `${unknown.length} of ${words.length} words are not the document's: ${sample}`).toEqual([]);
              for (const w of MAIN_WORDS) {
                const inBody = count(src.bodyWords, w);
                expect(inBody, w).toBeGreaterThan(0);
                expect(count(words, w), `«${w}» found ${count(words, w)} times, the body holds it ${inBody} times`).toBeGreaterThanOrEqual(inBody);
              }
              const flatText = flat(text.normalize('NFKC'));
              const missing = phrases(src).filter((p) => !flatText.includes(p));
              expect(missing, `headings not found whole: ${missing.slice(0, 5).join(' | ')}`).toEqual([]);
            });
          }
        }

        it('has one bookmark per heading, titled as the heading reads (once, the two languages separated)', async () => {
          const { pdf, src } = get();
          const outline = await pdfOutline(pdf);
          expect(outline.length).toBe(src.headings.length);
          // chapters (h1) at the top level; Chromium nests the rest under them
          expect(outline.map((o) => o.depth === 0)).toEqual(src.headings.map((h) => h.level === 1));
          outline.forEach((o, i) => {
            const h = src.headings[i]!;
            expect(o.title, `bookmark ${i}`).toBe([h.ar, h.fr].filter(Boolean).join(' / '));
            // the heading's text, found as such in the body: words in reading order, not repeated
            for (const part of o.title.split(' / ')) expect(src.bodyText, `bookmark ${i}`).toContain(part);
            expect(o.title, `bookmark ${i}`).not.toMatch(/^(.{2,})\s*\1$/u);
          });
          const titles = new Set(outline.map((o) => o.title.replace(/^\d+ /, '')));
          for (const key of CHAPTERS) {
            const s = renderStrings[key]!;
            const want = lang === 'ar' ? s.ar : lang === 'fr' ? s.fr : `${s.ar} / ${s.fr}`;
            expect(titles.has(want), `chapter bookmark «${want}»`).toBe(true);
          }
          if (lang === 'ar+fr') {
            const bi = outline.filter((o) => / \/ /.test(o.title));
            expect(bi.length).toBeGreaterThan(outline.length * 0.9);
            for (const o of bi) {
              const [ar, fr] = o.title.split(' / ');
              expect(ar, o.title).toMatch(ARABIC);
              expect(fr, o.title).toMatch(/[A-Za-zÀ-ÿ]/);
              expect(fr, o.title).not.toMatch(ARABIC);
            }
          }
        });

        it(`says ${lang === 'fr' ? 'left to right' : 'right to left'} reading in its viewer preferences`, async () => {
          const prefs = await pdfViewerPreferences(get().pdf);
          expect(prefs.Direction).toBe(lang === 'fr' ? 'L2R' : 'R2L');
        });

        it('embeds only the document’s fonts (Amiri, Noto Sans), all of them', () => {
          const fonts = pdfFonts(get().pdf);
          expect(fonts.length).toBeGreaterThan(0);
          for (const f of fonts) {
            expect(f.name).toMatch(/^([A-Z]{6}\+)?(Amiri|NotoSans)-/);
            expect(f.emb, f.name).toBe(true);
            expect(f.type, f.name).not.toMatch(/Type 3/);
          }
          if (lang !== 'fr') expect(fonts.map((f) => f.name).join(' ')).toMatch(/Amiri-Regular/);
        });
      });
    }
  }
});
