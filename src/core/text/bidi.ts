// Right-to-left text in a left-to-right terminal: each Arabic run is wrapped in Unicode isolates
// (FSI … PDI) so that a terminal that applies the bidi algorithm keeps the line's order (marker, id,
// text, article) and a terminal that does not shows the run unharmed (the isolates are invisible).

const ARABIC_RUN =
  /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff](?:[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\s\d.,:;()«»\-–—'’]*[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff)»])?/g;

/** First strong isolate and pop directional isolate. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** `text` with every Arabic run isolated. */
export const isolateArabic = (text: string): string => text.replace(ARABIC_RUN, (run) => `${FSI}${run}${PDI}`);

/** `text` without isolates (to compare or to measure). */
export const stripIsolates = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');
