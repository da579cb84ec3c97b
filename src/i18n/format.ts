// Number, amount and date formatting: Western digits and thousands separators in every language.
import type { Lang } from '../core/diagnostics/diagnostic.js';

const LOCALES: Record<Lang, string> = { ar: 'ar-MA-u-nu-latn', fr: 'fr-MA', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2, ...opts })));
  return f;
}

/** A number with the language's thousands separator and Western digits. */
export const formatNumber = (n: number, lang: Lang): string => nf(lang).format(n);

/** An amount in dirhams: «درهم» in Arabic, «MAD» otherwise. */
export const formatAmount = (n: number, lang: Lang): string =>
  `${nf(lang, { maximumFractionDigits: 0 }).format(n)}\u00a0${lang === 'ar' ? 'درهم' : 'MAD'}`;

/** A share (0..1) as a percentage. */
export const formatPercent = (share: number, lang: Lang): string =>
  nf(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
