// After printing: write the table of contents' page numbers into their boxes, give the bookmarks their
// titles, set the metadata and the reading direction, and fix the dates and the document ID, so that the
// same plan always gives the same bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  ParseSpeeds,
  ReadingDirection,
  popGraphicsState,
  pushGraphicsState,
  rgb,
} from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  lang: string;
}

export interface FinishOptions {
  meta: PdfMeta;
  /** CreationDate and ModDate (SOURCE_DATE_EPOCH when set). */
  date: Date;
  /** Seed of the document ID: the same input gives the same ID. */
  idSeed: string;
  /** True when the document is right to left (page numbers then sit at the left end of a line). */
  rtl: boolean;
  /** A woff2/ttf font with the digits, embedded to write the page numbers. */
  digitsFontFile: string;
  /** The printed headings' text in document order (printPdf): the bookmarks' titles. */
  headings?: string[];
}

export interface Finished {
  pdf: Uint8Array;
  pages: number;
  /** Page (1-based) of each anchor the table of contents points to. */
  anchors: Map<string, number>;
  /** Table of contents lines that received their page number. */
  tocNumbers: number;
  /** Bookmarks given their heading's title; 0 when Chromium's outline and the headings did not match. */
  bookmarks: number;
}

/** Finishes a PDF printed by Chromium. */
export async function finishPdf(raw: Uint8Array, o: FinishOptions): Promise<Finished> {
  // Parse and save in one go: pdf-lib otherwise yields to the event loop every 100 objects, which
  // costs about a quarter of a second on a 110-page plan and gains nothing here.
  const doc = await PDFDocument.load(raw, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const anchors = namedDestinations(doc);
  const tocNumbers = await writeTocNumbers(doc, anchors, o);
  const bookmarks = o.headings ? retitleOutline(doc, o.headings) : 0;
  doc.setTitle(o.meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(o.meta.author);
  doc.setSubject(o.meta.subject);
  doc.setKeywords(o.meta.keywords);
  doc.setCreator(o.meta.creator);
  doc.setProducer(`${o.meta.creator} (Chromium, pdf-lib)`);
  doc.setCreationDate(o.date);
  doc.setModificationDate(o.date);
  doc.setLanguage(o.meta.lang);
  // Viewers then lay out facing pages and the page order right to left, as an Arabic book reads.
  doc.catalog.getOrCreateViewerPreferences().setReadingDirection(o.rtl ? ReadingDirection.R2L : ReadingDirection.L2R);
  const id = createHash('sha256').update(o.idSeed).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  const pdf = await doc.save({ addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
  return { pdf, pages: doc.getPageCount(), anchors, tocNumbers, bookmarks };
}

/**
 * Chromium's bookmarks (--generate-pdf-document-outline) hold one item per printed heading, in document
 * order, each pointing at its heading; but their titles come from the tagged structure in painting order,
 * so Arabic words come reversed («المجلس رئيس كلمة») and some headings' text twice («الفهرسالفهرس»).
 * Keep Chromium's tree and destinations, and write each item's title from the heading itself. Returns how
 * many items were retitled, or 0 (titles left as they were) when the counts differ.
 */
function retitleOutline(doc: PDFDocument, headings: string[]): number {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) return 0;
  const items: PDFDict[] = [];
  const walk = (parent: PDFDict) => {
    for (let it = parent.lookupMaybe(PDFName.of('First'), PDFDict); it && items.length <= headings.length; it = it.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(it);
      walk(it);
    }
  };
  walk(root);
  if (items.length !== headings.length) return 0;
  items.forEach((it, i) => it.set(PDFName.of('Title'), PDFHexString.fromText(headings[i]!)));
  return items.length;
}

/** Chromium lists every linked anchor in the catalogue's /Dests: name → [pageRef /XYZ x y z]. */
function namedDestinations(doc: PDFDocument): Map<string, number> {
  const out = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return out;
  const pageIndex = new Map<string, number>();
  doc.getPages().forEach((p, i) => pageIndex.set(p.ref.toString(), i + 1));
  for (const [key, value] of dests.entries()) {
    const arr = doc.context.lookup(value);
    const ref = arr instanceof PDFArray ? arr.get(0) : undefined;
    const page = ref instanceof PDFRef ? pageIndex.get(ref.toString()) : undefined;
    if (page) out.set(decodeName(key.asString()), page);
  }
  return out;
}

async function writeTocNumbers(doc: PDFDocument, anchors: Map<string, number>, o: FinishOptions): Promise<number> {
  const slots: { page: number; rect: number[]; target: number }[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.Annots();
    if (!annots) return;
    // A table of contents line links its title and its page-number box (.toc-pg) to the same anchor;
    // the box is the link at the outer end of the line (left in Arabic, right in French).
    const best = new Map<string, number[]>();
    const count = new Map<string, number>();
    for (let k = 0; k < annots.size(); k++) {
      const a = annots.lookupMaybe(k, PDFDict);
      const dest = a?.get(PDFName.of('Dest'));
      if (!(dest instanceof PDFName)) continue;
      const rect = a!
        .lookupMaybe(PDFName.of('Rect'), PDFArray)
        ?.asArray()
        .map((n) => (n instanceof PDFNumber ? n.asNumber() : 0));
      if (!rect) continue;
      const name = decodeName(dest.asString());
      count.set(name, (count.get(name) ?? 0) + 1);
      const prev = best.get(name);
      if (!prev || (o.rtl ? rect[0]! < prev[0]! : rect[2]! > prev[2]!)) best.set(name, rect);
    }
    for (const [name, rect] of best) {
      const target = anchors.get(name);
      if ((count.get(name) ?? 0) < 2) continue;
      if (target) slots.push({ page: i, rect, target });
    }
  });
  if (!slots.length) return 0;
  doc.registerFontkit(fontkit);
  // A fixed name instead of pdf-lib's random suffix keeps the output byte-identical.
  const font = await doc.embedFont(readFileSync(o.digitsFontFile), { subset: true, customName: 'NotoSans-Digits' });
  const size = 9.5;
  for (const page of new Set(slots.map((s) => s.page))) isolateContent(doc, page);
  for (const s of slots) {
    const [x1, y1, x2, y2] = s.rect as [number, number, number, number];
    const text = String(s.target);
    const w = font.widthOfTextAtSize(text, size);
    const y = y1 + (y2 - y1 - size * 0.72) / 2;
    doc.getPage(s.page).drawText(text, { x: o.rtl ? x1 + 1 : x2 - w - 1, y, size, font, color: rgb(0.1, 0.1, 0.1) });
  }
  return slots.length;
}

// Chromium leaves its page content in a flipped coordinate system; wrap it in q … Q so that what is
// drawn afterwards starts from the page's own coordinates.
function isolateContent(doc: PDFDocument, index: number): void {
  const node = doc.getPage(index).node;
  node.normalize();
  const contents = node.Contents();
  if (!(contents instanceof PDFArray)) return;
  contents.insert(0, doc.context.register(doc.context.contentStream([pushGraphicsState()])));
  contents.push(doc.context.register(doc.context.contentStream([popGraphicsState()])));
}

// PDF names escape bytes as #xx; ids are ASCII here, but decode anyway.
function decodeName(n: string): string {
  const s = n.startsWith('/') ? n.slice(1) : n;
  return s.replace(/#([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
