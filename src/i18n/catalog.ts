// Word catalogues: each area of the tool keeps its strings in a catalogue keyed by message id.
import type { Lang } from '../core/diagnostics/diagnostic.js';

/** One message in the three languages. */
export type Entry = Record<Lang, string>;
/**
 * A catalogue: message id → entry. Declare each one as an object literal with `satisfies Catalog`
 * (not `: Catalog`), so that its type keeps the literal keys and {@link makeT} accepts only those:
 * a misspelt key is a compile error. Adding a key to the literal is all a new message needs.
 */
export type Catalog<K extends string = string> = Record<K, Entry>;
/** Refuses a catalogue whose keys are any string (declared `: Catalog`): its keys would go unchecked. */
type WithLiteralKeys<K extends string> = string extends K ? { 'declare the catalogue with `satisfies Catalog`, not `: Catalog`': never } : unknown;
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

/**
 * Builds a translate function over a catalogue. `{name}` placeholders are replaced by arguments, plurals
 * by {@link fill}. The function takes only the catalogue's own keys (`K`); a key computed at run time is
 * narrowed first with {@link hasKey}, or typed as a template-literal union (`phase.${1 | 2 | 3}`).
 */
export function makeT<K extends string>(catalog: Catalog<K> & WithLiteralKeys<K>) {
  return (key: K, lang: Lang, args: Args = {}): string => lookup(catalog, key, lang, args);
}

/** Whether `key` is one of the catalogue's keys (narrows a computed string for a typed translate function). */
export function hasKey<K extends string>(catalog: Catalog<K>, key: string): key is K {
  return Object.hasOwn(catalog, key);
}

/**
 * Translates a key computed at run time from data (a column name, a form's question id, a JSON type),
 * checked with {@link hasKey}: an unknown key comes back as it is. Wherever the key is written in the
 * code, use the catalogue's typed function instead, so that the compiler checks it.
 */
export function lookup<K extends string>(catalog: Catalog<K>, key: string, lang: Lang, args: Args = {}): string {
  const entry: Entry | undefined = hasKey(catalog, key) ? catalog[key] : undefined;
  return fill(entry ? (entry[lang] ?? entry.en) : key, lang, args);
}

/** Picks the user's language: explicit choice, then the plan's, then LANG / LC_ALL, then French. */
export function resolveLang(explicit?: string, fromPlan?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  for (const c of [explicit, fromPlan]) if (c === 'ar' || c === 'fr' || c === 'en') return c;
  const envLang = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').slice(0, 2).toLowerCase();
  if (envLang === 'ar' || envLang === 'fr' || envLang === 'en') return envLang;
  return 'fr';
}
