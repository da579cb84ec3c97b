// The fingerprint of what a programme was computed from: the projects' figures, finance.yaml (but its
// programme), the ranking, the localities and the period. `plan select` stores it with the programme;
// `plan validate` (PAC-PRG-001) compares it with the plan as it is now.
import type { Plan } from '../plan/workspace.js';

// What of a project the selection reads; its texts (title, rationale…) do not change the programme.
const PROJECT_KEYS = [
  'id',
  'type',
  'sector',
  'status',
  'estimated_cost',
  'financing',
  'schedule',
  'priority_ids',
  'localities',
  'depends_on',
  'excludes',
  'agreement',
  'commitments',
] as const;
const PRIORITY_KEYS = ['id', 'sector', 'localities', 'scores', 'weighted_score', 'rank', 'survey_choices'] as const;

const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

/** The inputs of the selection, as one plain value. */
export function programmeInputs(plan: Plan): unknown {
  const { programme: _p, ...finance } = (plan.finance?.data ?? {}) as Record<string, unknown>;
  const pr = plan.priorities?.data;
  return {
    period: plan.manifest?.data.period ?? null,
    localities: (plan.commune?.data.localities ?? []).map((l) => pick(l as unknown as Record<string, unknown>, ['id', 'type', 'population'])),
    projects: plan.projects.map((d) => pick(d.data as unknown as Record<string, unknown>, PROJECT_KEYS)).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)),
    finance,
    ranking: pr
      ? {
          criteria: pr.criteria ?? [],
          weights_total: pr.weights_total ?? null,
          tie_break: pr.tie_break ?? null,
          priorities: pr.priorities.map((p) => pick(p as unknown as Record<string, unknown>, PRIORITY_KEYS)),
        }
      : null,
  };
}

/** JSON with the keys of every object sorted, so that key order in the files does not matter. */
export const canonicalJson = (v: unknown): string =>
  JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(
          Object.keys(val)
            .sort()
            .map((k) => [k, (val as Record<string, unknown>)[k]]),
        )
      : val,
  ) ?? 'null';

/** `sha256:<hex>` of the programme's inputs in `plan`. */
export function programmeFingerprint(plan: Plan): string {
  // Loaded on first use: plan validate on a plan without a programme never pays for node:crypto.
  const { createHash } = process.getBuiltinModule('node:crypto');
  return `sha256:${createHash('sha256')
    .update(canonicalJson(programmeInputs(plan)))
    .digest('hex')}`;
}
