// Plain strings of the plan (units, sources, services, names, references) in one document language.
// A monolingual document shows only its own language: a fixed word comes from the glossary catalogue,
// a reference code (05/2022, PV-SO-MAI-2022) stays as it is, text already in the document's language is
// kept, and anything else is reported missing, so that the document marks it instead of printing the
// other language.
import { glossaryKey, nameWords, unitWords, type GlossaryEntry } from '../../i18n/glossary.js';

export type PrintLang = 'ar' | 'fr';

/** The string to print, or `missing` when the plan has it only in the other language. */
export type Plain = { text: string; code: boolean } | { missing: true };

const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** True for a reference code: capitals, digits and separators, with at least one digit (05/2022, RAP-FIN-04/2022). */
export const isCode = (s: string): boolean => /^[A-Z0-9][A-Z0-9./_\- ]*$/.test(s) && /\d/.test(s);

/** True when `s` can stand in a document written in `lang` (no letters of the other script). */
export const isIn = (s: string, lang: PrintLang): boolean => (lang === 'ar' ? !LATIN.test(s) : !ARABIC.test(s));

const reverse = new Map<string, GlossaryEntry>();
for (const dict of [unitWords, nameWords]) for (const entry of Object.values(dict)) reverse.set(entry.ar, entry);

/** A glossary word (or a composite of them) in `lang`, or null. */
export function fromGlossary(s: string, lang: PrintLang, kind: 'unit' | 'name'): string | null {
  const dict = kind === 'unit' ? unitWords : nameWords;
  const one = (part: string): string | null => {
    const hit = dict[glossaryKey(part)] ?? reverse.get(part.trim());
    if (hit) return hit[lang];
    // A trailing year or pair of years: «RGPH 2014», «RGPH 2004 et 2014».
    const m = /^(.*?)\s+(\d{4})(?:\s+(?:et|و)\s*(\d{4}))?$/.exec(part.trim());
    if (!m) return null;
    const base = dict[glossaryKey(m[1]!)] ?? reverse.get(m[1]!.trim());
    if (!base) return null;
    const years = m[3] ? (lang === 'ar' ? `${m[2]} و${m[3]}` : `${m[2]} et ${m[3]}`) : m[2];
    return `${base[lang]} ${years}`;
  };
  const whole = one(s);
  if (whole !== null) return whole;
  // Parts separated by commas or dashes, each a glossary word.
  const pieces = s.split(/(\s*[,،]\s*|\s+[–—-]\s+)/);
  if (pieces.length < 3) return null;
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (i % 2 === 1) {
      out.push(/[,،]/.test(pieces[i]!) ? (lang === 'ar' ? '، ' : ', ') : ' – ');
      continue;
    }
    const w = one(pieces[i]!);
    if (w === null) return null;
    out.push(w);
  }
  return out.join('');
}

/** A plan string as a document in `lang` prints it. */
export function plainIn(s: string, lang: PrintLang, kind: 'unit' | 'name' | 'text' = 'text'): Plain {
  const v = s.trim();
  if (kind !== 'text') {
    const g = fromGlossary(v, lang, kind);
    if (g !== null) return { text: g, code: false };
  }
  if (isCode(v)) return { text: v, code: true };
  if (isIn(v, lang)) return { text: v, code: false };
  return { missing: true };
}
