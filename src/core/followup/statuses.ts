// The status of a project in the follow-up, and the words people write for it: a status is read from a
// key (works), its label in any language (Travaux en cours, في طور الأشغال) or a usual synonym (en cours).
import type { Lang } from '../diagnostics/diagnostic.js';
import { trackStatusWords } from '../../i18n/track.js';
import { foldForSearch } from '../wizard/normalize.js';

/** The statuses of schemas/followup.json, in the order of the works. */
export const FOLLOWUP_STATUSES = ['not_started', 'studies', 'tendering', 'works', 'done', 'suspended', 'cancelled'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

/** A status's label in a language. */
export const statusLabel = (s: string, lang: Lang): string => trackStatusWords[s]?.label[lang] ?? s;

const index = new Map<string, FollowupStatus>();
for (const s of FOLLOWUP_STATUSES) {
  const w = trackStatusWords[s]!;
  for (const word of [s, w.label.ar, w.label.fr, w.label.en, ...w.also]) index.set(foldForSearch(word), s);
}

/** The status a cell or an answer names, or undefined. */
export const parseStatusWord = (raw: unknown): FollowupStatus | undefined =>
  raw === undefined || raw === null ? undefined : index.get(foldForSearch(String(raw)));
