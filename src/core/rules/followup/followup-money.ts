// The money of the follow-up, by project, partner and year: the amounts a followup/<year>.yaml gives
// are those committed and paid during that year, so what a project has received is their sum over the
// years. Each amount keeps where it was written, for the finding that points at it.
import type { Doc, Plan } from '../../plan/workspace.js';
import type { FollowupFile } from '../../plan/schema-types.js';

/** One amount as written: the file, the path of the entry, the year and the value. */
export interface MoneyAt {
  doc: Doc<FollowupFile>;
  /** Path of the project's entry in its file. */
  entry: Array<string | number>;
  year: number;
  value: number;
}

/** project → partner → committed and paid amounts, in year order. */
export type FollowupMoney = Map<string, Map<string, { committed: MoneyAt[]; paid: MoneyAt[] }>>;

/** The follow-up's money of every project, by partner, years in order. */
export function followupMoney(plan: Plan): FollowupMoney {
  const out: FollowupMoney = new Map();
  const docs = [...plan.followup].sort((a, b) => a.data.year - b.data.year);
  for (const doc of docs)
    (doc.data.projects ?? []).forEach((e, i) => {
      for (const what of ['committed', 'paid'] as const)
        for (const [partner, value] of Object.entries(e[what] ?? {})) {
          if (value === undefined) continue;
          let byPartner = out.get(e.project);
          if (!byPartner) out.set(e.project, (byPartner = new Map()));
          let m = byPartner.get(partner);
          if (!m) byPartner.set(partner, (m = { committed: [], paid: [] }));
          m[what].push({ doc, entry: ['projects', i], year: doc.data.year, value });
        }
    });
  return out;
}

/** The sum of amounts up to and including `year`. */
export const upTo = (list: readonly MoneyAt[], year: number): number => list.filter((m) => m.year <= year).reduce((s, m) => s + m.value, 0);
