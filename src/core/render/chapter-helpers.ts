// Handlebars helpers of the added chapters: `say` fills a catalogue sentence with plan values (in the
// formal texts of the extract of the deliberation), `pyramid` draws the age pyramid. Like every
// helper, they escape what they print.
import { plainIn } from './plain.js';
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { formatNumber } from '../../i18n/format.js';
import type { HelperContext } from './helpers.js';
import { pyramidSvg } from './pyramid-chart.js';
import type { Bi } from './view-model.js';

/** Names of the helpers below (added to the known helpers of the compiler). */
export const CHAPTER_HELPER_NAMES = ['say', 'pyramid'] as const;

/** A blank to fill by hand when the plan does not hold the value yet. */
const BLANK = '……………';

/** Builds the helpers for one document mode. */
export function makeChapterHelpers(ctx: HelperContext): Record<(typeof CHAPTER_HELPER_NAMES)[number], HelperDelegate> {
  const { mode, strings, escape: esc, safe } = ctx;
  const master = mode === 'fr' ? 'fr' : 'ar';
  const word = (key: string, lang: 'ar' | 'fr') => strings[key]?.[lang] ?? key;
  const iso = (s: string, lang: 'ar' | 'fr') => (lang === 'ar' ? `<bdi dir="ltr">${s}</bdi>` : s);
  const missingMark = (lang: 'ar' | 'fr') => `<span class="missing" lang="${lang}">${esc(word('doc.missingText', lang))}</span>`;
  // One value of a sentence, in one language, as HTML.
  const value = (name: string, v: unknown, lang: 'ar' | 'fr'): string => {
    if (v === null || v === undefined || v === '') return BLANK;
    if (typeof v === 'number') return iso(esc(formatNumber(v, lang)), lang);
    if (typeof v === 'object' && 'ar' in (v as object)) {
      // Each plan text isolated in its own direction; a text the plan lacks in this language is marked,
      // never replaced by the other language.
      const b = v as Bi;
      const s = lang === 'fr' ? b.fr : b.ar;
      if (!s) return missingMark(lang);
      return `<bdi dir="${lang === 'ar' ? 'rtl' : 'ltr'}">${esc(s)}</bdi>`;
    }
    const s = String(v);
    if (name.endsWith('Key')) return esc(word(s, lang));
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (d) return iso(`${d[3]}/${d[2]}/${d[1]}`, lang);
    if (/^[\d\s/–-]+$/.test(s)) return iso(esc(s), lang);
    // A plain string (a name, a place) prints only in its own language, or from the glossary.
    const p = plainIn(s, lang, 'name');
    if ('missing' in p) return missingMark(lang);
    return p.code ? `<bdi dir="ltr">${esc(p.text)}</bdi>` : `<bdi dir="${lang === 'ar' ? 'rtl' : 'ltr'}">${esc(p.text)}</bdi>`;
  };
  const sentence = (key: string, hash: Record<string, unknown>, lang: 'ar' | 'fr') =>
    esc(word(key, lang))
      .replace(/\{(\w+)\}/g, (_m, name: string) => (name in hash ? value(name, hash[name], lang) : BLANK))
      .replace(/\n/g, '<br>');
  return {
    /** A catalogue sentence with `{name}` filled from the hash: {{say "extract.session" date=… typeKey=…}}; "ar" or "fr" forces one language. */
    say: (key: string, ...rest: unknown[]) => {
      const options = rest[rest.length - 1] as HelperOptions;
      const only = rest[0] === 'ar' || rest[0] === 'fr' ? (rest[0] as 'ar' | 'fr') : undefined;
      const hash = options.hash as Record<string, unknown>;
      if (only) return safe(sentence(key, hash, only));
      if (mode !== 'ar+fr') return safe(sentence(key, hash, master));
      return safe(`<span class="ar">${sentence(key, hash, 'ar')}</span><span class="fr" lang="fr" dir="ltr">${sentence(key, hash, 'fr')}</span>`);
    },
    /** The age pyramid of `chapters.demography.pyramid`. */
    pyramid: (p: { titleKey: string; bands: { band: string; men: number; women: number }[] }) => {
      const both = (key: string) => (mode === 'ar+fr' ? [word(key, 'ar'), word(key, 'fr')] : [word(key, master)]);
      const title = mode === 'ar+fr' ? `${word(p.titleKey, 'ar')} / ${word(p.titleKey, 'fr')}` : word(p.titleKey, master);
      const rows = p.bands.map((b) => ({ ...b, menText: formatNumber(b.men, master), womenText: formatNumber(b.women, master) }));
      return safe(pyramidSvg(rows, { title, men: both('col.men'), women: both('col.women'), rtl: master === 'ar' }));
    },
  };
}
