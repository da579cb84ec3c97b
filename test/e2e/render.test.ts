// plan render end to end with a real Chromium: both examples and the minimal plan, in Arabic, French
// and both, checked by reading the PDFs back (text, fonts, metadata, pages, reproducibility).
import { execFileSync } from 'node:child_process';
import { describe, expect, it, beforeAll } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { renderStrings } from '../../src/i18n/render.js';
import { CHAPTERS as CHAPTER_LIST } from '../../src/core/render/chapters.js';
import { hasPoppler, pdfFonts, pdfInfo, pdfText, squash, testBrowser } from './pdf-tools.js';

const repo = path.resolve(__dirname, '../..');
const browser = testBrowser();
const poppler = hasPoppler();
if (!browser || !poppler)
  console.warn(
    `render e2e skipped: ${!browser ? 'no Chrome/Chromium found (apt-get install chromium, or PLAN_BROWSER)' : 'poppler-utils missing (pdftotext, pdffonts, pdfinfo)'}`,
  );

// The titles of the numbered chapters, from the list (src/core/render/chapters.ts).
const CHAPTERS = CHAPTER_LIST.filter((c) => c.numbered).map((c) => c.title);
const env = { SOURCE_DATE_EPOCH: '1700000000', PLAN_BROWSER: browser ?? '' };
const out = mkdtempSync(path.join(tmpdir(), 'plan-render-'));

// [workspace, language, pages expected (min, max)]
const CASES: [string, 'ar' | 'fr' | 'ar+fr', number, number][] = [
  ['test/fixtures/minimal', 'ar', 8, 30],
  ['test/fixtures/minimal', 'fr', 8, 30],
  ['examples/oulmes', 'ar', 40, 110],
  ['examples/oulmes', 'fr', 40, 110],
  ['examples/oulmes', 'ar+fr', 60, 160],
  ['examples/khemisset', 'ar', 40, 120],
  ['examples/khemisset', 'fr', 40, 120],
];

describe.skipIf(!browser || !poppler)('plan render --format pdf', () => {
  const files = new Map<string, string>();
  beforeAll(async () => {
    const byLang = new Map<string, string[]>();
    for (const [ws, lang] of CASES) byLang.set(lang, [...(byLang.get(lang) ?? []), ws]);
    for (const [lang, dirs] of byLang) {
      const dest = path.join(out, lang.replace('+', '-'));
      const r = await runCli(['render', ...dirs.map((d) => path.join(repo, d)), '--format', 'pdf', '--lang', lang, '--out', dest], { env });
      expect(r.code, r.stderr).toBe(0);
      for (const d of dirs) files.set(`${d} ${lang}`, path.join(dest, `${path.basename(d)}.${lang.replace('+', '-')}.pdf`));
    }
  }, 300_000);

  for (const [ws, lang, min, max] of CASES) {
    describe(`${ws} (${lang})`, () => {
      const file = () => files.get(`${ws} ${lang}`)!;

      it('has a page count in the expected range', () => {
        const pages = Number(pdfInfo(file()).Pages);
        expect(pages).toBeGreaterThanOrEqual(min);
        expect(pages).toBeLessThanOrEqual(max);
      });

      it('holds the commune name and every chapter title in the document’s language(s)', async () => {
        const text = pdfText(file());
        const commune = (await import('yaml')).parse(readFileSync(path.join(repo, ws, 'commune.yaml'), 'utf8')).name;
        // A monolingual document shows only its own language (the French name is not in the Arabic one).
        if (lang !== 'fr') expect(text).toContain(squash(commune.ar));
        if (lang !== 'ar') expect(text).toContain(squash(commune.fr));
        for (const key of CHAPTERS) {
          if (lang !== 'fr') expect(text, key).toContain(squash(renderStrings[key]!.ar));
          if (lang !== 'ar') expect(text, key).toContain(squash(renderStrings[key]!.fr));
        }
      });

      it('embeds every font, and only the document’s own', () => {
        const fonts = pdfFonts(file());
        expect(fonts.length).toBeGreaterThan(0);
        for (const f of fonts) {
          expect(f.emb, f.name).toBe(true);
          expect(f.type, f.name).not.toMatch(/Type 3/);
          expect(f.name, f.name).toMatch(/NotoSans|Amiri/);
        }
      });

      it('carries title, author, subject, language and the fixed date', () => {
        const info = pdfInfo(file());
        expect(info.Title).toBeTruthy();
        expect(info.Author).toBeTruthy();
        expect(info.Subject).toContain(lang === 'fr' ? 'Programme' : 'برنامج');
        expect(info.Tagged).toBe('yes');
        expect(info.CreationDate).toMatch(/2023/);
      });

      it('has bookmarks, and is printed at full scale (Chromium shrinks every page when a table overflows)', async () => {
        const { PDFDocument, PDFName, PDFDict, PDFArray } = await import('pdf-lib');
        const doc = await PDFDocument.load(readFileSync(file()), { updateMetadata: false });
        expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
        // the page-number boxes of the table of contents are 24pt wide in print.css
        const annots = doc.getPage(1).node.Annots()!;
        const widths = new Set<number>();
        for (let i = 0; i < annots.size(); i++) {
          const r = annots
            .lookup(i, PDFDict)
            .lookup(PDFName.of('Rect'), PDFArray)
            .asArray()
            .map((n) => (n as import('pdf-lib').PDFNumber).asNumber());
          widths.add(Math.round(r[2]! - r[0]!));
        }
        expect(widths.has(24)).toBe(true);
      });
    });
  }

  it('numbers the table of contents with the pages its chapters start on', () => {
    const file = files.get('examples/oulmes fr')!;
    const page = (n: number, to = n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(to), '-layout', file, '-'], { encoding: 'utf8' });
    const toc = page(2, 4);
    const m = /Volet financier[ .]*?(\d+)\s*$/m.exec(toc);
    expect(m, toc.slice(0, 400)).not.toBeNull();
    expect(page(Number(m![1]))).toMatch(/6\s+Volet financier/);
  });

  it('gives byte-identical PDFs for the same plan when SOURCE_DATE_EPOCH is set', async () => {
    const again = path.join(out, 'again');
    const r = await runCli(['render', path.join(repo, 'test/fixtures/minimal'), '--format', 'pdf', '--lang', 'ar', '--out', again], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(again, 'minimal.ar.pdf')).equals(readFileSync(files.get('test/fixtures/minimal ar')!))).toBe(true);
  }, 60_000);
});

describe('plan render (CLI behaviour)', () => {
  const copy = (from: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-ws-'));
    cpSync(path.join(repo, from), dir, { recursive: true });
    return dir;
  };

  it('writes self-contained HTML without any browser', async () => {
    const dest = mkdtempSync(path.join(tmpdir(), 'plan-html-'));
    const r = await runCli(['render', path.join(repo, 'test/fixtures/minimal'), '--out', dest], { env: { PLAN_BROWSER: '/nonexistent' } });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(path.join(dest, 'minimal.ar-fr.html'), 'utf8');
    expect(html).toContain('data:font/woff2;base64,');
    expect(html).not.toMatch(/(src|href)="(file|https?):/);
  });

  it('exits 2 with a way out when asked for a PDF without a browser', async () => {
    const r = await runCli(['render', path.join(repo, 'test/fixtures/minimal'), '--format', 'pdf', '--browser', '/nonexistent/chrome', '--lang', 'fr'], {
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('apt-get install chromium');
    expect(r.stderr).toContain('PLAN_BROWSER');
  });

  it('refuses a plan with errors, showing file:line:col code message; --draft prints it stamped', async () => {
    const ws = path.join(repo, 'examples/invalid/pac-fin-002-financing-does-not-close');
    const dest = mkdtempSync(path.join(tmpdir(), 'plan-draft-'));
    const refused = await runCli(['render', ws, '--out', dest]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/\S+\.yaml:\d+:\d+ PAC-FIN-002 /);
    expect(readdirSync(dest)).toEqual([]);
    const draft = await runCli(['render', ws, '--out', dest, '--draft']);
    expect(draft.code, draft.stderr).toBe(0);
    expect(readFileSync(path.join(dest, readdirSync(dest)[0]!), 'utf8')).toContain('class="draft-stamp"');
  });

  it('never overwrites an existing output without --force', async () => {
    const dest = mkdtempSync(path.join(tmpdir(), 'plan-force-'));
    const file = path.join(dest, 'plan.html');
    writeFileSync(file, 'keep me');
    const r = await runCli(['render', path.join(repo, 'test/fixtures/minimal'), '--out', file]);
    expect(r.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect((await runCli(['render', path.join(repo, 'test/fixtures/minimal'), '--out', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<!doctype html>');
  });

  it('carries on after a failing workspace in a batch, names it, and exits 1', async () => {
    const bad = copy('examples/invalid/pac-fin-002-financing-does-not-close');
    const dest = mkdtempSync(path.join(tmpdir(), 'plan-batch-'));
    const r = await runCli(['render', bad, path.join(repo, 'test/fixtures/minimal'), path.join(repo, 'examples/oulmes'), '--out', dest, '--lang', 'fr'], {
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(r.code).toBe(1);
    expect(readdirSync(dest).sort()).toEqual(['minimal.fr.html', 'oulmes.fr.html']);
    expect(r.stderr).toContain(`2 documents written, 1 failed: ${bad}`);
  });

  it('applies a --templates folder: a partial, the CSS and the strings', async () => {
    const tpl = mkdtempSync(path.join(tmpdir(), 'plan-tpl-'));
    cpSync(path.join(repo, 'templates/partials/cover.hbs'), path.join(tpl, 'cover.tmp'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(tpl, 'partials'));
    writeFileSync(path.join(tpl, 'partials/cover.hbs'), '<section class="cover"><p class="mine">{{tx cover.commune}}</p><p>{{t "doc.title"}}</p></section>');
    writeFileSync(path.join(tpl, 'print.css'), '.mine { color: red }');
    writeFileSync(path.join(tpl, 'strings.yaml'), 'doc.title: { fr: "Plan d’action communal (PAC)" }\n');
    const dest = mkdtempSync(path.join(tmpdir(), 'plan-tplout-'));
    const r = await runCli(['render', path.join(repo, 'test/fixtures/minimal'), '--lang', 'fr', '--templates', tpl, '--out', dest]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(path.join(dest, 'minimal.fr.html'), 'utf8');
    // Plan text comes isolated in its own direction (a <bdi>), so that no bidi control leaks out of it.
    expect(html).toContain('<p class="mine"><bdi lang="fr" dir="ltr">Commune test</bdi></p>');
    expect(html).toContain('Plan d’action communal (PAC)');
    expect(html).toContain('.mine { color: red }');
    writeFileSync(path.join(tpl, 'partials/nope.hbs'), 'x');
    expect((await runCli(['render', path.join(repo, 'test/fixtures/minimal'), '--templates', tpl, '--out', dest, '--force'])).code).toBe(2);
  });

  it('checks every output name before it exists: no temporary file is left behind', () => {
    for (const d of [out]) if (existsSync(d)) for (const f of readdirSync(d, { recursive: true }) as string[]) expect(f).not.toMatch(/\.tmp$/);
    expect(statSync(out).isDirectory()).toBe(true);
  });
});
