// Type-to-filter over a list question's choices, in either script.
import { matchesSearch } from './normalize.js';
import type { Choice } from './question.js';

/** The choices matching what was typed (by label, value or filter keys), in their order. */
export const filterChoices = (choices: readonly Choice[], term: string): Choice[] =>
  choices.filter((c) => matchesSearch(term, [c.label, c.value, ...(c.keys ?? [])]));
