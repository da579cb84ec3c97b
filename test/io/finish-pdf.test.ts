// finishPdf on a PDF shaped like Chromium's: the bookmarks take the headings' titles (in document order,
// nested items included) and the catalogue says the reading direction. No browser needed.
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef, type PDFString } from 'pdf-lib';
import { finishPdf, type FinishOptions } from '../../src/io/browser/finish-pdf.js';
import { digitsFont } from '../../src/io/browser/fonts.js';

/** A one-page PDF with an outline: [title, children[]] items, as Chromium writes them (reversed titles). */
async function withOutline(items: [string, string[]][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const ctx = doc.context;
  const dest = () => ctx.obj([page.ref, PDFName.of('XYZ'), 0, 800, 0]);
  const chain = (parent: PDFRef, titles: { title: string; kids: string[] }[]): PDFRef[] => {
    const refs = titles.map(() => ctx.nextRef());
    titles.forEach((t, i) => {
      const d = ctx.obj({}) as PDFDict;
      d.set(PDFName.of('Title'), PDFHexString.fromText(t.title));
      d.set(PDFName.of('Parent'), parent);
      d.set(PDFName.of('Dest'), dest());
      if (i > 0) d.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) d.set(PDFName.of('Next'), refs[i + 1]!);
      if (t.kids.length) {
        const kids = chain(
          refs[i]!,
          t.kids.map((k) => ({ title: k, kids: [] })),
        );
        d.set(PDFName.of('First'), kids[0]!);
        d.set(PDFName.of('Last'), kids[kids.length - 1]!);
        d.set(PDFName.of('Count'), PDFNumber.of(kids.length));
      }
      ctx.assign(refs[i]!, d);
    });
    return refs;
  };
  const rootRef = ctx.nextRef();
  const top = chain(
    rootRef,
    items.map(([title, kids]) => ({ title, kids })),
  );
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: top[0]!, Last: top[top.length - 1]!, Count: PDFNumber.of(top.length) }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  return doc.save();
}

const options = (rtl: boolean, headings?: string[]): FinishOptions => ({
  meta: { title: 't', author: 'a', subject: 's', keywords: [], creator: 'plan test', lang: rtl ? 'ar' : 'fr' },
  date: new Date(1_700_000_000_000),
  idSeed: 'seed',
  rtl,
  digitsFontFile: digitsFont().file,
  ...(headings ? { headings } : {}),
});

async function read(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const titles: string[] = [];
  const walk = (d: PDFDict) => {
    for (let it = d.lookupMaybe(PDFName.of('First'), PDFDict); it; it = it.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push((it.lookup(PDFName.of('Title')) as PDFHexString | PDFString).decodeText());
      walk(it);
    }
  };
  walk(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict));
  const prefs = doc.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  return { titles, direction: prefs?.get(PDFName.of('Direction'))?.toString(), prefs };
}

describe('finishPdf: bookmarks and reading direction', () => {
  const chromium: [string, string[]][] = [
    ['الفهرسالفهرس', []],
    ['1والمنهجي القانوني الإطار', ['القانونية المرجعية', 'والمصادقة الإعداد مراحل']],
    ['2الترابي والتشخيص الجماعة بطاقة', []],
  ];
  const headings = [
    'الفهرس / Sommaire',
    '1 الإطار القانوني والمنهجي / Cadre juridique',
    'المرجعية القانونية / Références',
    'مراحل الإعداد والمصادقة / Étapes',
    '2 بطاقة الجماعة / Profil',
  ];

  it('titles every bookmark with its heading, in document order, children included', async () => {
    const done = await finishPdf(await withOutline(chromium), options(true, headings));
    expect(done.bookmarks).toBe(5);
    const { titles, direction } = await read(done.pdf);
    expect(titles).toEqual(headings);
    expect(direction).toBe('/R2L');
  });

  it('leaves the bookmarks as they are when they do not match the headings one for one', async () => {
    const done = await finishPdf(await withOutline(chromium), options(true, headings.slice(0, 4)));
    expect(done.bookmarks).toBe(0);
    expect((await read(done.pdf)).titles[0]).toBe('الفهرسالفهرس');
  });

  it('says left to right for a French document, and keeps the title shown in the window bar', async () => {
    const done = await finishPdf(await withOutline(chromium), options(false));
    const { direction, prefs } = await read(done.pdf);
    expect(direction).toBe('/L2R');
    expect(prefs?.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    expect(done.bookmarks).toBe(0);
  });

  it('accepts a PDF without bookmarks', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const done = await finishPdf(await doc.save(), options(true, ['x']));
    expect(done.bookmarks).toBe(0);
  });
});
