import type { Role } from '../roles.ts'
import { canSeeResults, type WorkshopVote } from './vote.ts'

/** Whether the facilitator cleared this vote's results (they are kept, to be restored). */
export function isVoteCleared(vote: Pick<WorkshopVote, 'clearedAt'> | null): boolean {
  return vote !== null && vote.clearedAt !== null
}

/**
 * Whether this vote's results can be cleared: it is closed, has results and was not cleared already. An open vote is
 * closed first; clearing it would throw away ballots the server still holds.
 */
export function canClearResults(vote: WorkshopVote | null): vote is WorkshopVote {
  return vote !== null && vote.status === 'closed' && vote.results !== null && vote.clearedAt === null
}

/** The vote with its results cleared: they count nowhere and are no longer shown, but stay to be restored. */
export function clearVoteResults(vote: WorkshopVote, now: number): WorkshopVote {
  if (!canClearResults(vote)) return vote
  return { ...vote, clearedAt: now, sharedAt: null }
}

/** The cleared vote with its results back on the cards, in the heat map and in exports. */
export function restoreVoteResults(vote: WorkshopVote): WorkshopVote {
  return vote.clearedAt === null ? vote : { ...vote, clearedAt: null }
}

/** The vote with its ranking and heat map shown to everyone (`isShared`) or to the facilitator only. */
export function shareVoteResults(vote: WorkshopVote, isShared: boolean, now: number): WorkshopVote {
  if (isShared === (vote.sharedAt !== null)) return vote
  return { ...vote, sharedAt: isShared ? now : null }
}

/** The vote everyone works with: the control doc's vote unless its results were cleared (then there is none). */
export function getActiveVote(vote: WorkshopVote | null): WorkshopVote | null {
  return vote && vote.clearedAt === null ? vote : null
}

/**
 * Whether `role` sees the vote's ranking (the most voted cards): the facilitator whenever there are counts, others
 * once the facilitator shared it and the counts are not hidden from them.
 */
export function canSeeRanking(vote: WorkshopVote, role: Role): boolean {
  if (vote.clearedAt !== null) return false
  if (role === 'facilitator') return true
  return vote.sharedAt !== null && canSeeResults(vote, role)
}
