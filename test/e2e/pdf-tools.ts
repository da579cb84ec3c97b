// Reading real PDFs in tests with poppler (pdftotext, pdffonts, pdfinfo), and finding a browser.
import { execFileSync } from 'node:child_process';
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

/** The PDF's text with spacing and direction marks removed (pdftotext splits some Arabic words). */
export function pdfText(file: string): string {
  return squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
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
