// The number of council members in office at the adoption session: adoption.yaml says it for the day
// of the session; commune.yaml, when present, gives the council's figure as a fallback.
import type { Plan } from '../../plan/workspace.js';

/** Members in office, and the file kind it was read from; undefined when no file states it. */
export function membersInOffice(plan: Plan): { members: number; from: 'adoption' | 'commune' } | undefined {
  const own = plan.adoption?.data.members_in_office;
  if (own !== undefined) return { members: own, from: 'adoption' };
  const council = plan.commune?.data.council.members_in_office;
  return council === undefined ? undefined : { members: council, from: 'commune' };
}

/** The smallest count that is more than half of `members` (the quorum and the absolute majority). */
export const moreThanHalf = (members: number): number => Math.floor(members / 2) + 1;
