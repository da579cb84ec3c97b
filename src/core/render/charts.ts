// Charts as inline SVG, computed when the document is rendered: no script runs in the page, the PDF
// keeps them as vectors, and an Arabic document draws them right to left like its tables.

/** One row of a chart, with its label already in the document's language(s) and its value written out. */
export interface ChartRow {
  /** One line per language (two in the bilingual document). */
  label: string[];
  value: number;
  text: string;
}

export interface ChartOptions {
  title: string;
  rtl: boolean;
  /** The bilingual document: Arabic labels at the right, French labels at the left. */
  bilingual?: boolean;
}

// Colours that stay apart in black and white (dark, light, hatched), and every value is printed.
const PALETTE = ['#1f5f8b', '#9ec3dc', 'url(#hatch)', '#5d6d7e', '#d5dbe1', '#17a589', '#a04000', '#7d3c98', '#b7950b', '#2874a6'];
const FONT = "font-family:'Noto Sans','Amiri',sans-serif";
const DEFS =
  '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1b1b1b" stroke-width="2.2"/></pattern></defs>';

/** Escapes text for SVG content and attributes. */
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A rough width of a label at 11px (the charts have no text metrics; this errs on the wide side). */
const textWidth = (s: string) => [...s].length * 6.3;

/**
 * Horizontal bars, largest first: investment by sector or by partner. Each row is its label on one line
 * (in the bilingual document, Arabic at the right and French at the left, or on two lines when they
 * would meet), then the bar across the page with its value printed at its end: no label ever
 * overlaps a bar.
 */
export function barsSvg(rows: ChartRow[], o: ChartOptions): string {
  const W = 640;
  const valueW = 70;
  const barMax = W - valueW - 12;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const parts: string[] = [];
  let y = 30;
  rows.forEach((r) => {
    const [first = '', second] = r.label;
    const text = (s: string, right: boolean, ly: number) =>
      right
        ? `<text x="${W - 2}" y="${ly}" text-anchor="start" direction="rtl" font-size="11">${escapeXml(s)}</text>`
        : `<text x="2" y="${ly}" text-anchor="start" direction="ltr" font-size="11">${escapeXml(s)}</text>`;
    if (o.bilingual && second !== undefined) {
      parts.push(text(first, true, y + 11));
      if (textWidth(first) + textWidth(second) + 24 > W) y += 15;
      parts.push(text(second, false, y + 11));
    } else parts.push(text(first, o.rtl, y + 11));
    y += 15;
    const w = Math.max(1, (r.value / max) * barMax);
    const barX = o.rtl ? W - 2 - w : 2;
    parts.push(`<rect x="${f(barX)}" y="${y}" width="${f(w)}" height="12" fill="${PALETTE[0]}"/>`);
    const vx = o.rtl ? barX - 5 : barX + w + 5;
    parts.push(
      `<text x="${f(vx)}" y="${y + 10}" text-anchor="${o.rtl ? 'end' : 'start'}" direction="ltr" font-size="11" font-weight="700">${escapeXml(r.text)}</text>`,
    );
    y += 20;
  });
  return frame(W, y + 2, o, parts);
}

/** Vertical columns in time order: investment by year (right to left in Arabic). */
export function columnsSvg(rows: ChartRow[], o: ChartOptions): string {
  const W = 640;
  const H = 240;
  const top = 44;
  const bottom = 28;
  const n = Math.max(1, rows.length);
  const slot = (W - 20) / n;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const parts: string[] = [`<line x1="10" y1="${H - bottom}" x2="${W - 10}" y2="${H - bottom}" stroke="#555" stroke-width="1"/>`];
  rows.forEach((r, i) => {
    const k = o.rtl ? n - 1 - i : i;
    const cx = 10 + slot * k + slot / 2;
    const h = (r.value / max) * (H - top - bottom);
    const bw = Math.min(60, slot * 0.6);
    parts.push(`<rect x="${f(cx - bw / 2)}" y="${f(H - bottom - h)}" width="${f(bw)}" height="${f(h)}" fill="${PALETTE[0]}"/>`);
    parts.push(
      `<text x="${f(cx)}" y="${f(H - bottom - h - 5)}" text-anchor="middle" direction="ltr" font-size="11" font-weight="700">${escapeXml(r.text)}</text>`,
    );
    parts.push(`<text x="${f(cx)}" y="${H - bottom + 16}" text-anchor="middle" direction="ltr" font-size="11">${escapeXml(r.label[0] ?? '')}</text>`);
  });
  return frame(W, H, o, parts);
}

/** A ring with its legend: participants by sex. */
export function donutSvg(rows: ChartRow[], o: ChartOptions): string {
  const W = 640;
  const H = 200;
  const cx = o.rtl ? W - 110 : 110;
  const cy = 112;
  const R = 70;
  const r0 = 40;
  const total = rows.reduce((s, r) => s + r.value, 0);
  const parts: string[] = [];
  let a = -Math.PI / 2;
  rows.forEach((r, i) => {
    const share = total ? r.value / total : 0;
    const shown = `${r.text} (${Math.round(share * 100)}%)`;
    const color = PALETTE[i % PALETTE.length];
    if (share >= 0.9999) parts.push(`<circle cx="${cx}" cy="${cy}" r="${(R + r0) / 2}" fill="none" stroke="${color}" stroke-width="${R - r0}"/>`);
    else if (share > 0) {
      const b = a + share * 2 * Math.PI;
      const large = share > 0.5 ? 1 : 0;
      const p = (ang: number, rad: number) => `${f(cx + rad * Math.cos(ang))} ${f(cy + rad * Math.sin(ang))}`;
      parts.push(
        `<path d="M ${p(a, R)} A ${R} ${R} 0 ${large} 1 ${p(b, R)} L ${p(b, r0)} A ${r0} ${r0} 0 ${large} 0 ${p(a, r0)} Z" fill="${color}" stroke="#1b1b1b" stroke-width="0.6"/>`,
      );
      a = b;
    }
    const ly = 70 + i * 40;
    const lx = o.rtl ? W - 230 : 230;
    parts.push(`<rect x="${o.rtl ? lx - 14 : lx}" y="${ly - 11}" width="14" height="14" fill="${color}" stroke="#1b1b1b" stroke-width="0.6"/>`);
    r.label.forEach((line, k) =>
      parts.push(
        o.rtl
          ? `<text x="${lx - 22}" y="${ly + k * 15}" text-anchor="start" direction="rtl" font-size="12">${escapeXml(line)}</text>`
          : `<text x="${lx + 22}" y="${ly + k * 15}" text-anchor="start" direction="ltr" font-size="12">${escapeXml(line)}</text>`,
      ),
    );
    parts.push(
      o.rtl
        ? `<text x="${lx - 200}" y="${ly}" text-anchor="start" direction="ltr" font-size="12" font-weight="700">${escapeXml(shown)}</text>`
        : `<text x="${lx + 200}" y="${ly}" text-anchor="start" direction="ltr" font-size="12" font-weight="700">${escapeXml(shown)}</text>`,
    );
  });
  return frame(W, H, o, parts);
}

function frame(W: number, H: number, o: ChartOptions, parts: string[]): string {
  const title = o.rtl
    ? `<text x="${W - 4}" y="16" text-anchor="start" direction="rtl" font-size="13" font-weight="700">${escapeXml(o.title)}</text>`
    : `<text x="4" y="16" text-anchor="start" direction="ltr" font-size="13" font-weight="700">${escapeXml(o.title)}</text>`;
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${escapeXml(o.title)}" style="${FONT}">${DEFS}${title}${parts.join('')}</svg>`;
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** One group of a grouped chart: its label (one line per language) and one value per series, written out. */
export interface ChartGroup {
  label: string[];
  values: number[];
  texts: string[];
}

/**
 * Groups of horizontal bars, one bar per series (programmed, committed, paid by year or by partner):
 * a legend under the title, each group's label on its own line, then its bars with their values
 * printed at their ends. The series are told apart by dark, light and hatched fills with a rule
 * around each bar, so that the chart reads the same in black and white.
 */
export function groupedBarsSvg(groups: ChartGroup[], series: string[], o: ChartOptions): string {
  const W = 640;
  const valueW = 80;
  const barMax = W - valueW - 12;
  const max = Math.max(1, ...groups.flatMap((g) => g.values));
  const parts: string[] = [];
  // Legend: one swatch and name per series, from the reading start.
  let lx = o.rtl ? W - 2 : 2;
  series.forEach((name, i) => {
    const sw = o.rtl ? lx - 12 : lx;
    parts.push(`<rect x="${f(sw)}" y="26" width="12" height="10" fill="${PALETTE[i % PALETTE.length]}" stroke="#1b1b1b" stroke-width="0.6"/>`);
    const tx = o.rtl ? sw - 5 : sw + 17;
    parts.push(`<text x="${f(tx)}" y="35" text-anchor="start" direction="${o.rtl ? 'rtl' : 'ltr'}" font-size="11">${escapeXml(name)}</text>`);
    const step = 17 + textWidth(name) + 18;
    lx = o.rtl ? lx - step : lx + step;
  });
  let y = 46;
  groups.forEach((g) => {
    const [first = '', second] = g.label;
    const text = (s: string, right: boolean, ly: number) =>
      right
        ? `<text x="${W - 2}" y="${ly}" text-anchor="start" direction="rtl" font-size="11" font-weight="700">${escapeXml(s)}</text>`
        : `<text x="2" y="${ly}" text-anchor="start" direction="ltr" font-size="11" font-weight="700">${escapeXml(s)}</text>`;
    if (o.bilingual && second !== undefined) {
      parts.push(text(first, true, y + 11));
      if (textWidth(first) + textWidth(second) + 24 > W) y += 15;
      parts.push(text(second, false, y + 11));
    } else parts.push(text(first, o.rtl, y + 11));
    y += 15;
    g.values.forEach((v, i) => {
      const w = Math.max(1, (v / max) * barMax);
      const barX = o.rtl ? W - 2 - w : 2;
      parts.push(`<rect x="${f(barX)}" y="${y}" width="${f(w)}" height="10" fill="${PALETTE[i % PALETTE.length]}" stroke="#1b1b1b" stroke-width="0.5"/>`);
      const vx = o.rtl ? barX - 5 : barX + w + 5;
      parts.push(
        `<text x="${f(vx)}" y="${y + 9}" text-anchor="${o.rtl ? 'end' : 'start'}" direction="ltr" font-size="10.5" font-weight="700">${escapeXml(g.texts[i] ?? '')}</text>`,
      );
      y += 13;
    });
    y += 9;
  });
  return frame(W, y + 2, o, parts);
}
