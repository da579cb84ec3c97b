// Word catalogues: each area of the tool keeps its strings in a catalogue keyed by message id.
import type { Lang } from '../core/diagnostics/diagnostic.js';

export type Catalog = Record<string, Record<Lang, string>>;
export type Args = Record<string, string | number | undefined>;

/** Builds a translate function over a catalogue. `{name}` placeholders are replaced by arguments. */
export function makeT(catalog: Catalog) {
  return (key: string, lang: Lang, args: Args = {}): string => {
    const entry = catalog[key];
    const template = entry ? entry[lang] ?? entry.en : key;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (args[name] === undefined ? m : String(args[name])));
  };
}

/** Picks the user's language: explicit choice, then the plan's, then LANG / LC_ALL, then French. */
export function resolveLang(explicit?: string, fromPlan?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  for (const c of [explicit, fromPlan]) if (c === 'ar' || c === 'fr' || c === 'en') return c;
  const envLang = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').slice(0, 2).toLowerCase();
  if (envLang === 'ar' || envLang === 'fr' || envLang === 'en') return envLang;
  return 'fr';
}
