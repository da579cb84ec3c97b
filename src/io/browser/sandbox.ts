// What the printed document may load: itself and what is inlined in it (data: URLs), nothing else.
// Three layers, each enough for what it covers:
// 1. a Content-Security-Policy in the document (default-src 'none'; images, fonts and styles from data:
//    and inline only): Chromium refuses images, style sheets, CSS url()/@import/@font-face, frames,
//    objects, media, prefetches and forms before any request starts, in the printer as in a browser
//    that opens the HTML file;
// 2. markup no policy governs is removed: <meta http-equiv="refresh"> (navigates away: the print
//    fails or prints a blank page), the resource hints (preconnect, dns-prefetch, prefetch,
//    preload, prerender, modulepreload), which open connections without a request, and the source of
//    frames (Chromium connects for a frame's navigation before the policy refuses it);
// 3. when printing, request interception aborts every request that is not the document or a data: URL
//    (print-pdf.ts), and JavaScript is off.

/** The policy: nothing from anywhere, except inline styles and data: images and fonts. */
export const CSP =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline' data:; base-uri 'none'; form-action 'none'; frame-src 'none'; child-src 'none'; object-src 'none'";

const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;

// One start tag, quote-aware (a `>` inside a quoted attribute value does not end it).
const TAG = (name: string) => new RegExp(`<${name}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');

/** Attribute values as the HTML parser reads them: entities decoded, lower case, spaces collapsed. */
function decoded(tag: string): string {
  return tag
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(?:newline|tab);/gi, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** The value of attribute `name` in a (decoded) start tag. */
function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`[\\s/"']${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

const HINTS = new Set(['preconnect', 'dns-prefetch', 'prefetch', 'preload', 'prerender', 'modulepreload', 'next', 'subresource']);

/** The document with its policy in <head> and without the markup the policy cannot govern. */
export function sandboxHtml(html: string): string {
  let out = html.replace(TAG('meta'), (tag) => {
    const d = decoded(tag);
    const equiv = attr(d, 'http-equiv')?.trim();
    // A refresh leaves the document; a second policy in the template could only narrow ours, but a
    // "set-cookie" or "content-security-policy-report-only" has no use in a printed plan either.
    return equiv === 'refresh' || equiv === 'set-cookie' ? '' : tag;
  });
  // Frames: Chromium opens a connection for a frame's navigation before the policy refuses it. A
  // printed plan has no use for one; the element stays (its content is not markup) without a source.
  out = out.replace(TAG('iframe'), '<iframe hidden>').replace(TAG('frame'), '<frame>');
  out = out.replace(TAG('link'), (tag) => {
    const rel = attr(decoded(tag), 'rel') ?? '';
    return rel.split(' ').some((r) => HINTS.has(r)) ? '' : tag;
  });
  // The policy goes right after the doctype: the parser opens <head> for it, so it is the first element
  // there and governs everything after it, whatever comes next (a later <html lang dir> only adds its
  // attributes; a later <head> is ignored). Not after a <head> tag that may sit in a comment.
  const doctype = /^\uFEFF?\s*<!doctype[^>]*>/i.exec(out);
  if (doctype) return out.slice(0, doctype[0].length) + CSP_META + out.slice(doctype[0].length);
  return CSP_META + out;
}
