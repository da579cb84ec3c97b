// The outcome of the council's vote on the plan, under the majority and tie readings of PAC-ADO-005
// (LO 113-14 arts. 45–47, GK): shared by that rule, the adoption chain (PAC-ADO-009) and `plan status`.
import type { AdoptionFile } from '../../plan/schema-types.js';

export type MajorityMode = 'votes_cast' | 'members_in_office';
export type TieRule = 'president_prevails' | 'not_adopted';
export const MAJORITY_MODES: readonly MajorityMode[] = ['votes_cast', 'members_in_office'];
export const TIE_RULES: readonly TieRule[] = ['president_prevails', 'not_adopted'];

/** The readings' defaults, as PAC-ADO-005 declares them. */
export const VOTE_DEFAULTS = { majority_mode: 'votes_cast' as MajorityMode, tie_rule: 'president_prevails' as TieRule };

/**
 * adopted / rejected; `tie_undecided` when the votes are tied and the president's side, which the tie
 * rule needs, is not recorded; undefined with no votes.
 */
export type VoteOutcome = 'adopted' | 'rejected' | 'tie_undecided';

/** The outcome of `votes` with `members` in office (needed only in members_in_office mode). */
export function voteOutcome(
  votes: AdoptionFile['votes'],
  members: number | undefined,
  reading: { majority_mode: MajorityMode; tie_rule: TieRule } = VOTE_DEFAULTS,
): VoteOutcome | undefined {
  if (!votes) return undefined;
  if (reading.majority_mode === 'members_in_office') {
    if (members === undefined) return votes.for > votes.against ? 'adopted' : 'rejected';
    return votes.for > members / 2 ? 'adopted' : 'rejected';
  }
  if (votes.for > votes.against) return 'adopted';
  if (votes.for < votes.against || reading.tie_rule === 'not_adopted') return 'rejected';
  if (!votes.president_side) return 'tie_undecided';
  return votes.president_side === 'for' ? 'adopted' : 'rejected';
}
