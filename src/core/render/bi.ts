// Plan texts as the view model carries them: Arabic always, French or null.
import type { Text } from '../plan/schema-types.js';
import type { Bi } from './view-model.js';

/** A plan text (or nothing) as a view-model text (or null). */
export function bi(text: Text | undefined | null): Bi | null {
  return text ? { ar: text.ar, fr: text.fr ?? null } : null;
}

/** A list of plan texts as view-model texts. */
export const bis = (list: Text[] | undefined): Bi[] => (list ?? []).map((t) => ({ ar: t.ar, fr: t.fr ?? null }));

/** The text in one language, falling back to the other so that nothing prints empty. */
export const pick = (text: Bi, lang: 'ar' | 'fr'): string => (lang === 'fr' ? (text.fr ?? text.ar) : text.ar);
