// The document's fonts, from npm font packages (never the system's): found on disk, and inlined as
// data: URLs, because Chromium silently refuses file:// fonts in a page loaded with setContent.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** One family: its npm package, the unicode-range subsets and weights the document uses. */
interface FontSpec {
  pkg: string;
  family: string;
  subsets: string[];
  weights: number[];
  /** Characters a subset also serves, beyond its package's unicode-range. */
  alsoServes?: Record<string, string>;
  /** CSS ascent-override and descent-override: the line metrics the face gives the lines it sets. */
  ascentOverride?: string;
  descentOverride?: string;
}

// Latin (with French accents) from Noto Sans, Arabic from Amiri, a Naskh face. Each subset is declared with
// its unicode-range, so digits and French words inside Arabic text take Noto Sans, not a system font.
// Amiri because its Arabic survives text extraction (docs/rendering.md, "Arabic text in the PDF"): it draws
// each letter form as one glyph of its own, where Noto Naskh Arabic draws a dotted letter as a dotless body
// plus dot glyphs, which pdftotext splits into separate words and pdf.js reads as nothing.
const FONTS: FontSpec[] = [
  { pkg: '@fontsource/noto-sans', family: 'Noto Sans', subsets: ['latin', 'latin-ext'], weights: [400, 700] },
  // The space and no-break space too (the Arabic file holds them): Arabic text is then one run of one font,
  // which pdf.js needs to give its words in reading order (print.css puts Amiri first for Arabic text).
  // Being first for Arabic text, Amiri also sets the lines' metrics; its own (ascent 1.124, descent 0.634 em)
  // put the baseline so high that its tallest letters rise above the line, and where that line starts a
  // page Chromium paints those tops again at the foot of the previous page. Noto Sans's metrics (1.069,
  // 0.293) keep each line where it was when Noto Sans set it, with no such marks.
  {
    pkg: '@fontsource/amiri',
    family: 'Amiri',
    subsets: ['arabic'],
    weights: [400, 700],
    alsoServes: { arabic: 'U+0020,U+00A0' },
    ascentOverride: '107%',
    descentOverride: '29%',
  },
];

// Two of Amiri's OpenType features position glyphs in ways that text extractors misread, so both are off:
// - kerning pushes a letter away from a preceding non-joining letter (و ر ز د) by more than a tenth of an
//   em, which pdftotext and pdf.js read as a space («الجهو ية»), and pulls others back under a tail, which
//   pdf.js reads as a new run; without it a few pairs (ر or ز before ك) sit a little wider apart;
// - 'rlig' draws lam before kaf or lam («الكفاءات», «للكهرباء», «الله») as two glyphs for one letter,
//   which pdf.js reads as nothing; lam-alef stays joined (it does not come from 'rlig' in Amiri).
// A template that sets font-feature-settings itself must keep 'rlig' 0.
const TEXT_CSS = "html{font-kerning:none;font-feature-settings:'rlig' 0}";

/** A font file the document embeds. */
export interface FontFile {
  pkg: string;
  family: string;
  subset: string;
  weight: number;
  file: string;
  unicodeRange: string;
  /** Extra @font-face descriptors (ascent-override, descent-override). */
  descriptors: string;
  found: boolean;
}

const require = createRequire(import.meta.url);

/** Every font file the document needs, and whether it is on disk. */
export function fontFiles(): FontFile[] {
  const out: FontFile[] = [];
  for (const spec of FONTS) {
    let dir: string | null;
    try {
      dir = path.dirname(require.resolve(`${spec.pkg}/package.json`));
    } catch {
      dir = null;
    }
    for (const weight of spec.weights) {
      const css = dir ? safeRead(path.join(dir, `${weight}.css`)) : '';
      for (const subset of spec.subsets) {
        const base = `${spec.pkg.split('/')[1]}-${subset}-${weight}-normal.woff2`;
        const file = dir ? path.join(dir, 'files', base) : base;
        out.push({
          pkg: spec.pkg,
          family: spec.family,
          subset,
          weight,
          file,
          unicodeRange: [unicodeRange(css, base), spec.alsoServes?.[subset]].filter(Boolean).join(','),
          descriptors: descriptors(spec),
          found: !!dir && existsSync(file),
        });
      }
    }
  }
  return out;
}

/** @font-face rules for every font, each file inlined as a data: URL. Throws when a file is missing. */
export function fontFaceCss(files: FontFile[] = fontFiles()): string {
  const missing = files.filter((f) => !f.found);
  if (missing.length)
    throw new Error(`font files missing: ${missing.map((f) => f.file).join(', ')} (npm install ${[...new Set(missing.map((f) => f.pkg))].join(' ')})`);
  return files
    .map((f) => {
      const data = readFileSync(f.file).toString('base64');
      return `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${f.unicodeRange};${f.descriptors}}`;
    })
    .concat(TEXT_CSS)
    .join('\n');
}

/** The Latin regular face as WOFF, used to write the table of contents' page numbers into the PDF. */
export function digitsFont(files: FontFile[] = fontFiles()): FontFile {
  const f = files.find((x) => x.family === 'Noto Sans' && x.subset === 'latin' && x.weight === 400)!;
  // fontkit's subsetter writes empty glyphs from a WOFF2 source; the WOFF (zlib) twin subsets correctly.
  const file = f.file.replace(/\.woff2$/, '.woff');
  return { ...f, file, found: f.found && existsSync(file) };
}

function descriptors(spec: FontSpec): string {
  return (spec.ascentOverride ? `ascent-override:${spec.ascentOverride};` : '') + (spec.descentOverride ? `descent-override:${spec.descentOverride};` : '');
}

// The package's own CSS gives each subset's unicode-range: read it rather than copy it here.
function unicodeRange(css: string, base: string): string {
  const i = css.indexOf(base);
  const m = i >= 0 ? /unicode-range:\s*([^;]+);/.exec(css.slice(i)) : null;
  return m ? m[1]!.trim() : 'U+0000-FFFF';
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
