// The age pyramid as inline SVG: one row per age band, youngest at the bottom, men on one side and
// women on the other, each bar with its value written beside it (readable in black and white: the
// two sides differ by position and by fill pattern, not only by colour).
import { escapeXml } from './charts.js';

/** One band of the pyramid, with its values already written out in the document's language. */
export interface PyramidRow {
  band: string;
  men: number;
  women: number;
  menText: string;
  womenText: string;
}

export interface PyramidOptions {
  title: string;
  /** Side captions, one line per language. */
  men: string[];
  women: string[];
  rtl: boolean;
}

const FONT = "font-family:'Noto Sans','Noto Naskh Arabic',sans-serif";

/** Draws the pyramid. Men are on the left in a left-to-right document and on the right in Arabic. */
export function pyramidSvg(rows: PyramidRow[], o: PyramidOptions): string {
  const W = 640;
  const rowH = 18;
  const top = 34 + 15 * Math.max(o.men.length, o.women.length);
  const H = top + rows.length * rowH + 10;
  const mid = W / 2;
  const bandW = 56;
  const valueW = 56;
  const half = mid - bandW / 2 - valueW - 8;
  const max = Math.max(1, ...rows.flatMap((r) => [r.men, r.women]));
  const parts: string[] = [
    '<defs><pattern id="pyr-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#7d3c98" stroke-width="2.4"/></pattern></defs>',
  ];
  const menLeft = !o.rtl;
  // Captions centred over each half: `middle` anchors the same way in either text direction.
  const side = (left: boolean, lines: string[]) =>
    lines.forEach((line, k) =>
      parts.push(`<text x="${left ? W / 4 : (3 * W) / 4}" y="${34 + k * 15}" text-anchor="middle" font-size="11" font-weight="700">${escapeXml(line)}</text>`),
    );
  side(menLeft, o.men);
  side(!menLeft, o.women);
  // Oldest band on top.
  [...rows].reverse().forEach((r, i) => {
    const y = top + i * rowH;
    const bar = (value: number, text: string, left: boolean, fill: string) => {
      const w = Math.max(value > 0 ? 1 : 0, (value / max) * half);
      const x = left ? mid - bandW / 2 - w : mid + bandW / 2;
      parts.push(`<rect x="${f(x)}" y="${y + 2}" width="${f(w)}" height="${rowH - 4}" fill="${fill}" stroke="#333" stroke-width="0.5"/>`);
      const tx = left ? x - 4 : x + w + 4;
      parts.push(`<text x="${f(tx)}" y="${y + rowH / 2 + 4}" text-anchor="${left ? 'end' : 'start'}" direction="ltr" font-size="10">${escapeXml(text)}</text>`);
    };
    bar(r.men, r.menText, menLeft, '#1f5f8b');
    bar(r.women, r.womenText, !menLeft, 'url(#pyr-hatch)');
    parts.push(`<text x="${mid}" y="${y + rowH / 2 + 4}" text-anchor="middle" direction="ltr" font-size="10">${escapeXml(r.band)}</text>`);
  });
  const title = o.rtl
    ? `<text x="${W - 4}" y="16" text-anchor="start" direction="rtl" font-size="13" font-weight="700">${escapeXml(o.title)}</text>`
    : `<text x="4" y="16" text-anchor="start" direction="ltr" font-size="13" font-weight="700">${escapeXml(o.title)}</text>`;
  return `<svg class="chart pyramid" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${escapeXml(o.title)}" style="${FONT}">${title}${parts.join('')}</svg>`;
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();
