// The day the plan's deliberation became executable: the governor's visa, or, when the governor kept
// silent, the end of the visa period after receipt (tacit visa; LO 113-14 art. 118, GK).
import type { AdoptionFile } from '../../plan/schema-types.js';
import { addDays } from './dates.js';

/** The entry into force, or undefined while the visa is pending, refused or not recorded. */
export function entryIntoForce(adoption: AdoptionFile | undefined, visaDays: number): string | undefined {
  const visa = adoption?.visa;
  if (!visa) return undefined;
  if (visa.status === 'granted') return visa.visa_on ?? undefined;
  if (visa.status === 'tacit') return visa.visa_on ?? addDays(visa.received_on, visaDays);
  return undefined;
}
