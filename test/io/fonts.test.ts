// The document's fonts: Amiri for Arabic and Noto Sans for Latin and digits, from their npm packages, with
// the CSS that keeps Arabic extractable; and plan doctor checking exactly the files a render needs.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { digitsFont, fontFaceCss, fontFiles } from '../../src/io/browser/fonts.js';
import { runCli } from '../helpers/run-cli.js';

describe('document fonts', () => {
  const files = fontFiles();

  it('takes Arabic from Amiri and Latin from Noto Sans, regular and bold, every file on disk', () => {
    expect(files.every((f) => f.found)).toBe(true);
    const faces = new Set(files.map((f) => `${f.family} ${f.subset} ${f.weight}`));
    for (const w of [400, 700]) {
      expect(faces.has(`Amiri arabic ${w}`)).toBe(true);
      expect(faces.has(`Noto Sans latin ${w}`)).toBe(true);
    }
    expect(files.some((f) => /naskh/i.test(f.pkg))).toBe(false);
  });

  it('gives Arabic text Amiri’s own space, so that a line is one run of one font', () => {
    for (const f of files.filter((x) => x.family === 'Amiri'))
      expect(f.unicodeRange.split(',')).toEqual(expect.arrayContaining(['U+0600-06FF', 'U+0020', 'U+00A0']));
  });

  it('inlines every face and turns off what breaks extraction (kerning, rlig)', () => {
    const css = fontFaceCss(files);
    expect(css.match(/@font-face/g)?.length).toBe(files.length);
    expect(css).toContain("font-family:'Amiri'");
    expect(css).toMatch(/font-family:'Amiri'[^}]*ascent-override:107%;descent-override:29%/);
    expect(css).toContain('font-kerning:none');
    expect(css).toContain("font-feature-settings:'rlig' 0");
  });

  it('writes the table of contents’ page numbers with the Noto Sans WOFF', () => {
    const d = digitsFont(files);
    expect(d.family).toBe('Noto Sans');
    expect(d.file).toMatch(/noto-sans-latin-400-normal\.woff$/);
    expect(d.found).toBe(existsSync(d.file));
    expect(d.found).toBe(true);
  });

  it('plan doctor checks the same files, the page-number WOFF included', async () => {
    const r = await runCli(['doctor', '--format', 'json']);
    const fonts = JSON.parse(r.stdout).checks.find((c: { name: string }) => c.name === 'fonts');
    expect(fonts.ok).toBe(true);
    expect(fonts.packages).toEqual(['@fontsource/noto-sans', '@fontsource/amiri']);
    const checked = fonts.files.map((f: { file: string }) => f.file);
    for (const f of files) expect(checked).toContain(f.file);
    expect(checked).toContain(digitsFont(files).file);
  });
});
