// The annex of the printed plan that lists what the update changes: the diff's sections in Arabic and
// French side by side (the document prints one or both), built from the same words as `plan diff`.
import type { Bi } from '../render/view-model.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { Text } from '../plan/schema-types.js';
import { tu, type UpdateKey } from '../../i18n/update.js';
import { diffSections, totalCostLine } from './diff-sections.js';
import type { PlanDiff } from './plan-diff.js';

/** The update the printed plan carries: its number, its frozen base and what it changes. */
export interface UpdateInfo {
  number: number;
  base: string;
  diff: PlanDiff;
}

/** The annex as the templates see it (templates/partials/update-annex.hbs). */
export interface UpdateAnnexView {
  number: number;
  title: Bi;
  intro: Bi;
  headItem: Bi;
  headChange: Bi;
  sections: Array<{ key: string; heading: Bi; items: Array<{ id: string; mark: string; title: Bi; details: Bi[] }> }>;
  /** The line on the projects' total cost, when it changed. */
  total: Bi | null;
  /** Said when the update changes nothing the annex follows. */
  none: Bi | null;
}

const both = (key: UpdateKey, args: Record<string, string | number> = {}): Bi => ({ ar: tu(key, 'ar', args), fr: tu(key, 'fr', args) });

/** The annex of an update, or null when the plan records none; partners are named as finance.yaml names them. */
export function updateAnnexView(update: UpdateInfo | undefined, partners: ReadonlyArray<{ id: string; name: Text }> = []): UpdateAnnexView | null {
  if (!update) return null;
  const names = new Map(partners.map((p) => [p.id, p.name]));
  const partner = (id: string, lang: Lang) => {
    const n = names.get(id);
    return n ? (lang === 'ar' ? n.ar : (n.fr ?? n.ar)) : id;
  };
  const ar = diffSections(update.diff, 'ar', partner);
  const fr = diffSections(update.diff, 'fr', partner);
  const total = totalCostLine(update.diff, 'ar');
  const args = { n: update.number, base: update.base };
  return {
    number: update.number,
    title: both('annex.title', args),
    intro: both('annex.intro', args),
    headItem: both('annex.item'),
    headChange: both('annex.change'),
    // The two languages list the same entries in the same order (diffSections is one walk of the diff).
    sections: ar.map((s, i) => ({
      key: s.key,
      heading: { ar: s.heading, fr: fr[i]!.heading },
      items: s.items.map((it, j) => {
        const f = fr[i]!.items[j]!;
        return {
          id: it.id,
          mark: it.mark,
          title: { ar: it.title, fr: f.title },
          details: it.details.length ? it.details.map((d, k) => ({ ar: d, fr: f.details[k]! })) : [both(`annex.${it.mark}`)],
        };
      }),
    })),
    total: total ? { ar: total, fr: totalCostLine(update.diff, 'fr')! } : null,
    none: ar.length ? null : both('d.none'),
  };
}
