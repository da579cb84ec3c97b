// Number, amount and date formatting: Western digits in every language, and each language's own
// separators. French follows the French convention (fr-FR: 13 500 000 with narrow no-break spaces,
// 46,3 with a decimal comma); Arabic in Morocco writes 13.500.000 and 46,3. Each document therefore
// uses one decimal separator throughout: the comma, in both languages.
import type { Lang } from '../core/diagnostics/diagnostic.js';

const LOCALES: Record<Lang, string> = { ar: 'ar-MA-u-nu-latn', fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

const plain = new Map<Lang, Intl.NumberFormat>();

function nf(lang: Lang, opts?: Intl.NumberFormatOptions): Intl.NumberFormat {
  if (!opts) {
    let f = plain.get(lang);
    if (!f) plain.set(lang, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 })));
    return f;
  }
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2, ...opts })));
  return f;
}

/** A number with the language's thousands and decimal separators and Western digits. */
export const formatNumber = (n: number, lang: Lang): string => nf(lang).format(n);

/** An amount in dirhams: «درهم» in Arabic, «MAD» otherwise. */
export const formatAmount = (n: number, lang: Lang): string => `${nf(lang, { maximumFractionDigits: 0 }).format(n)}\u00a0${lang === 'ar' ? 'درهم' : 'MAD'}`;

/** A share (0..1) as a percentage. */
export const formatPercent = (share: number, lang: Lang): string => nf(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** Bidirectional control characters (embeddings, overrides, isolates, marks). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text with every bidirectional control removed: for plain-text places (PDF metadata, running header). */
export const stripBidi = (s: string): string => s.replace(BIDI_CONTROLS, '');

/** A value isolated for plain text: its controls removed, then wrapped in FIRST STRONG ISOLATE … POP. */
export const isolatePlain = (s: string): string => `\u2068${stripBidi(s)}\u2069`;

/**
 * French typography on a text: a no-break space before «:» and a narrow no-break space before «;», «!»,
 * «?» (an ordinary space there is replaced; a colon glued to its word gets one).
 */
export const frenchSpacing = (s: string): string =>
  !/[:;!?]/.test(s)
    ? s
    : s.replace(/[ \u00a0\u202f]*:(?=\s|$)/g, (m, off: number) => (off === 0 ? m : '\u00a0:')).replace(/[ \u00a0\u202f]+([;!?])(?=\s|$)/g, '\u202f$1');
