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
}

// Latin (with French accents) from Noto Sans, Arabic from Noto Naskh Arabic. Each subset is declared with
// its unicode-range, so digits and French words inside Arabic text take Noto Sans, not a system font.
const FONTS: FontSpec[] = [
  { pkg: '@fontsource/noto-sans', family: 'Noto Sans', subsets: ['latin', 'latin-ext'], weights: [400, 700] },
  { pkg: '@fontsource/noto-naskh-arabic', family: 'Noto Naskh Arabic', subsets: ['arabic'], weights: [400, 700] },
];

/** A font file the document embeds. */
export interface FontFile {
  pkg: string;
  family: string;
  subset: string;
  weight: number;
  file: string;
  unicodeRange: string;
  found: boolean;
}

const require = createRequire(import.meta.url);

/** Every font file the document needs, and whether it is on disk. */
export function fontFiles(): FontFile[] {
  const out: FontFile[] = [];
  for (const spec of FONTS) {
    let dir: string | null = null;
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
        out.push({ pkg: spec.pkg, family: spec.family, subset, weight, file, unicodeRange: unicodeRange(css, base), found: !!dir && existsSync(file) });
      }
    }
  }
  return out;
}

/** @font-face rules for every font, each file inlined as a data: URL. Throws when a file is missing. */
export function fontFaceCss(files: FontFile[] = fontFiles()): string {
  const missing = files.filter((f) => !f.found);
  if (missing.length) throw new Error(`font files missing: ${missing.map((f) => f.file).join(', ')} (npm install ${[...new Set(missing.map((f) => f.pkg))].join(' ')})`);
  return files
    .map((f) => {
      const data = readFileSync(f.file).toString('base64');
      return `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${f.unicodeRange};}`;
    })
    .join('\n');
}

/** The Latin regular face as WOFF, used to write the table of contents' page numbers into the PDF. */
export function digitsFont(files: FontFile[] = fontFiles()): FontFile {
  const f = files.find((x) => x.family === 'Noto Sans' && x.subset === 'latin' && x.weight === 400)!;
  // fontkit's subsetter writes empty glyphs from a WOFF2 source; the WOFF (zlib) twin subsets correctly.
  return { ...f, file: f.file.replace(/\.woff2$/, '.woff') };
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
