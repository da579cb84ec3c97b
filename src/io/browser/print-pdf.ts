// HTML → PDF in a browser page: JavaScript off, and every request that is not a data: URL refused,
// so a document can read nothing from the disk or the network.
import type { Browser, HTTPRequest } from 'puppeteer-core';

/** The raw PDF and the requests the page tried and was refused. */
export interface Printed {
  pdf: Uint8Array;
  blocked: string[];
  /** Text of every printed heading (h1–h6) in document order: the bookmarks' titles (finishPdf). */
  headings: string[];
}

/** Prints `html` (self-contained: fonts and images inline) to an A4 PDF with bookmarks from the headings. */
export async function printPdf(browser: Browser, html: string, opts: { timeoutMs?: number } = {}): Promise<Printed> {
  const page = await browser.newPage();
  const blocked: string[] = [];
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => {
      const url = req.url();
      if (url.startsWith('data:') || url === 'about:blank') void req.continue();
      else {
        blocked.push(url);
        void req.abort('blockedbyclient');
      }
    });
    await page.setContent(html, { waitUntil: 'load', timeout: opts.timeoutMs ?? 120_000 });
    // Read from the DOM, not from Chromium's outline, whose titles put Arabic words in visual order and
    // repeat some headings' text (docs/rendering.md). The page's own scripts stay off; this runs from outside.
    // One evaluate of a plain expression: puppeteer's $$eval costs 1–2 s on a 110-page plan, this 10 ms.
    const headings = (await page.evaluate(`(${headingTitles.toString()})([...document.querySelectorAll('h1, h2, h3, h4, h5, h6')])`)) as string[];
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      // Bookmarks from h1–h6; Chromium builds them from the tagged structure, so tagging stays on.
      outline: true,
      tagged: true,
      timeout: opts.timeoutMs ?? 120_000,
    });
    return { pdf, blocked, headings };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Each printed heading's text, whitespace collapsed, its parts in different languages (a bilingual heading's
 * Arabic and French) joined by " / ". Runs inside the page: it must use nothing from this module.
 */
export function headingTitles(hs: DomElement[]): string[] {
  const shown = (e: DomElement | null) => !!e && e.getClientRects().length > 0;
  return hs.filter(shown).map((h) => {
    const parts: { lang: string; text: string }[] = [];
    const walker = h.ownerDocument.createTreeWalker(h, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!shown(el)) continue;
      const lang = el!.closest('[lang]')?.getAttribute('lang') ?? '';
      const last = parts[parts.length - 1];
      if (last && last.lang === lang) last.text += n.nodeValue ?? '';
      else parts.push({ lang, text: n.nodeValue ?? '' });
    }
    return parts
      .map((p) => p.text.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' / ');
  });
}

// The little of the DOM that headingTitles uses (the project compiles without the DOM library).
interface DomText {
  parentElement: DomElement | null;
  nodeValue: string | null;
}
interface DomElement {
  getClientRects(): { length: number };
  closest(selector: string): DomElement | null;
  getAttribute(name: string): string | null;
  ownerDocument: { createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): DomText | null } };
}
