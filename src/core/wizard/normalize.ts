// Text folding for type-to-filter lists: what a clerk types should match however the name is spelled.

// Arabic marks that do not change a name: harakat, shadda, sukun, superscript alef, Quranic marks, tatweel.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
// Bidi controls a terminal or a copied label may carry (isolates, marks, embeddings).
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Folds a name for matching: Arabic without diacritics and with one alef, yaa and haa form;
 * Latin without accents, in lower case; punctuation, hyphens and apostrophes as spaces.
 */
export function foldForSearch(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627') // آ أ إ ٱ → ا
    .replace(/\u0649/g, '\u064a') // ى → ي
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(/[\u0624]/g, '\u0648') // ؤ → و
    .replace(/[\u0626]/g, '\u064a') // ئ → ي
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019'`´\-_.,;:()/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word typed appears, folded, in one of the candidate's names. */
export function matchesSearch(term: string, names: readonly string[]): boolean {
  const words = foldForSearch(term).split(' ').filter(Boolean);
  if (!words.length) return true;
  const hay = names.map(foldForSearch).join(' | ');
  return words.every((w) => hay.includes(w));
}
