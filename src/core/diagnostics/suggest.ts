// "Did you mean": the closest allowed name, when it is close enough to be a typo.
import { closest, distance } from 'fastest-levenshtein';

/** The allowed name nearest to `name` if within max(2, a third of its length) edits, else undefined. */
export function suggest(name: string, allowed: readonly string[]): string | undefined {
  if (!allowed.length) return undefined;
  const best = closest(name, allowed as string[]);
  return distance(name.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
