// HTML → PDF in a browser page: JavaScript off, and every request that is not a data: URL refused,
// so a document can read nothing from the disk or the network.
import type { Browser, HTTPRequest } from 'puppeteer-core';

/** The raw PDF and the requests the page tried and was refused. */
export interface Printed {
  pdf: Uint8Array;
  blocked: string[];
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
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      // Bookmarks from h1–h6; Chromium builds them from the tagged structure, so tagging stays on.
      outline: true,
      tagged: true,
      timeout: opts.timeoutMs ?? 120_000,
    });
    return { pdf, blocked };
  } finally {
    await page.close().catch(() => {});
  }
}
