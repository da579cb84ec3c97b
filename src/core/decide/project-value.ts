// The value a project brings to the objective, from the weighted scores of the priorities it serves.

/**
 * value(p) = Σ over p's priorities q of score(q) / n(q), where n(q) is the number of candidate projects
 * that serve q. A priority's score is shared among the projects that answer it, so the programme's
 * total value is the sum of the weighted scores of the priorities it answers (fully or in part), and a
 * priority split into many small projects does not count many times. Rounded to 2 decimals.
 */
export function projectValues(
  projects: ReadonlyArray<{ id: string; priority_ids: readonly string[] }>,
  scores: ReadonlyMap<string, number>,
): Map<string, number> {
  const served = new Map<string, number>();
  for (const p of projects) for (const q of new Set(p.priority_ids)) served.set(q, (served.get(q) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const p of projects) {
    let v = 0;
    for (const q of new Set(p.priority_ids)) v += (scores.get(q) ?? 0) / served.get(q)!;
    out.set(p.id, Math.round(v * 100) / 100);
  }
  return out;
}
