// Word catalogues: each area of the tool keeps its strings in a catalogue keyed by message id.
import type { Lang } from '../core/diagnostics/diagnostic.js';

export type Catalog = Record<string, Record<Lang, string>>;
export type Args = Record<string, string | number | undefined>;

const pluralRules = new Map<Lang, Intl.PluralRules>();
const pluralOf = (lang: Lang, n: number): Intl.LDMLPluralRule => {
  let r = pluralRules.get(lang);
  if (!r) pluralRules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n);
};

/**
 * Fills a template: `{name}` by its argument; `{name|one:…|few:…|other:…}` by the form that
 * Intl.PluralRules picks for the number in `name` (zero, one, two, few, many, other; `other` is the
 * fallback), where `#` stands for the argument as given (already formatted).
 */
export function fill(template: string, lang: Lang, args: Args): string {
  return template
    .replace(/\{(\w+)((?:\|\w+:[^|{}]*)+)\}/g, (m, name: string, forms: string) => {
      const v = args[name];
      if (v === undefined) return m;
      const n = typeof v === 'number' ? v : Number(String(v).replace(/[\s\u00a0\u202f,]/g, ''));
      const table = Object.fromEntries(
        forms
          .slice(1)
          .split('|')
          .map((f) => [f.slice(0, f.indexOf(':')), f.slice(f.indexOf(':') + 1)]),
      );
      const form = table[Number.isFinite(n) ? pluralOf(lang, n) : 'other'] ?? table.other ?? '';
      return form.replace(/#/g, String(v));
    })
    .replace(/\{(\w+)\}/g, (m, name: string) => (args[name] === undefined ? m : String(args[name])));
}

/** Builds a translate function over a catalogue. `{name}` placeholders are replaced by arguments, plurals by {@link fill}. */
export function makeT(catalog: Catalog) {
  return (key: string, lang: Lang, args: Args = {}): string => {
    const entry = catalog[key];
    const template = entry ? (entry[lang] ?? entry.en) : key;
    return fill(template, lang, args);
  };
}

/** Picks the user's language: explicit choice, then the plan's, then LANG / LC_ALL, then French. */
export function resolveLang(explicit?: string, fromPlan?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  for (const c of [explicit, fromPlan]) if (c === 'ar' || c === 'fr' || c === 'en') return c;
  const envLang = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').slice(0, 2).toLowerCase();
  if (envLang === 'ar' || envLang === 'fr' || envLang === 'en') return envLang;
  return 'fr';
}
