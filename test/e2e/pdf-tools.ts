// Reading real PDFs in tests with poppler (pdftotext, pdffonts, pdfinfo) and pdf.js (text, bookmarks,
// viewer preferences: what Firefox and many web viewers show), and finding a browser.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findBrowser } from '../../src/io/browser/find-browser.js';

/** The browser the tests print with, or null (browser tests are then skipped, with the reason printed). */
export function testBrowser(): string | null {
  try {
    return findBrowser({ env: process.env })?.path ?? null;
  } catch {
    return null;
  }
}

/** True when poppler's command-line tools are installed. */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The PDF's text with spacing and direction marks removed. */
export function pdfText(file: string): string {
  return squash(popplerText(file));
}

/** The PDF's text as pdftotext gives it (what poppler-based viewers search and copy). */
export function popplerText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

// pdf.js is an ES module that is slow to load: load it once, and only in the tests that read with it.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
async function openPdfJs(file: string) {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  return getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
}

/** The PDF's text as pdf.js extracts it: each page's text items, a space between items, a newline at line ends. */
export async function pdfjsText(file: string): Promise<string> {
  const doc = await openPdfJs(file);
  try {
    let out = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const { items } = await (await doc.getPage(i)).getTextContent();
      for (const it of items) if ('str' in it) out += it.str + (it.hasEOL ? '\n' : ' ');
      out += '\n';
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

/** The bookmarks (outline) as pdf.js reads them: title and depth, in order. */
export async function pdfOutline(file: string): Promise<{ title: string; depth: number }[]> {
  const doc = await openPdfJs(file);
  try {
    const out: { title: string; depth: number }[] = [];
    type Item = { title: string; items?: Item[] };
    const walk = (items: Item[] | null | undefined, depth: number) => {
      for (const it of items ?? []) {
        out.push({ title: it.title, depth });
        walk(it.items, depth + 1);
      }
    };
    walk((await doc.getOutline()) as Item[] | null, 0);
    return out;
  } finally {
    await doc.destroy();
  }
}

/** The catalogue's viewer preferences as pdf.js reads them (Direction: 'L2R' | 'R2L'). */
export async function pdfViewerPreferences(file: string): Promise<Record<string, unknown>> {
  const doc = await openPdfJs(file);
  try {
    return ((await doc.getViewerPreferences()) ?? {}) as Record<string, unknown>;
  } finally {
    await doc.destroy();
  }
}

/** Arabic words of a text, in the order they come (presentation forms folded to letters first). */
export function arabicWords(text: string): string[] {
  return text.normalize('NFKC').match(/[\p{Script=Arabic}\u064B-\u065F]+/gu) ?? [];
}

/** Text with whitespace and bidi marks removed, to compare with what pdftotext gives. */
export const squash = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '');

/** pdfinfo's fields. */
export function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

/** pdffonts' rows: name, type, embedded. */
export function pdfFonts(file: string): { name: string; type: string; emb: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => {
    const name = l.slice(0, 37).trim();
    const type = l.slice(37, 55).trim();
    const rest = l.slice(72).trim().split(/\s+/);
    return { name, type, emb: rest[0] === 'yes' };
  });
}
