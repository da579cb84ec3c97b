// Exhaustive search over every programme of a small model: the reference the solver is tested against.
import { groupKey } from '../../../src/core/decide/groups.js';
import type { Assignment, SelectionModel } from '../../../src/core/decide/selection-model.js';
import { violations } from '../../../src/core/decide/violations.js';

/** The lexicographic optimum (value, then fewest years moved), or undefined when nothing is feasible. */
export function bruteForce(
  m: SelectionModel,
  opts: { drop?: ReadonlySet<string>; force?: string } = {},
): { value: number; shift: number; assignment: Assignment } | undefined {
  const drop = opts.drop ?? new Set<string>();
  const options = m.candidates.map((c) => (c.forcedOut ? [undefined] : [undefined, ...c.starts]));
  let best: { value: number; shift: number; assignment: Assignment } | undefined;
  const a: Assignment = new Map();
  const walk = (i: number, value: number, shift: number) => {
    if (i === m.candidates.length) {
      if (opts.force && !a.has(opts.force)) return;
      if (violations(m, a).some((v) => !drop.has(groupKey(v.group)))) return;
      if (!best || value > best.value || (value === best.value && shift < best.shift)) best = { value, shift, assignment: new Map(a) };
      return;
    }
    const c = m.candidates[i]!;
    for (const s of options[i]!) {
      if (s === undefined) walk(i + 1, value, shift);
      else {
        a.set(c.id, s);
        walk(i + 1, value + Math.round(c.value * 100), shift + Math.abs(s - c.plannedStart));
        a.delete(c.id);
      }
    }
  };
  walk(0, 0, 0);
  return best && { ...best, value: best.value / 100 };
}
