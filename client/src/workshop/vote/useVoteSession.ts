import { canSeeResults, canVote, getActiveVote, getClosedCounts, type Role, type WorkshopVote } from '@cxmap/shared'
import { useEffect } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { useHeatMapStore } from '../../journey/grid/heatMapStore'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { closedVoteCounts } from '../../journey/grid/closedVoteCounts'
import { readBoardToken } from '../../state/boardToken'
import { fetchMyBallots, fetchVoteResults, type VoteCaller } from './voteApi'
import { claimVoterKey } from './voterKey'
import { useVoteStore } from './voteStore'

/** How often open counts are fetched while this person may see them. */
export const RESULTS_POLL_MS = 2000

/**
 * Keeps this screen's vote store in step with the control doc's vote: the session, this person's dots (fetched once
 * per vote, so a reload keeps them), the counts while open and visible (polled, only then), and the closed vote's
 * counts for the heat map; the heat map turns on when the facilitator shows it to everyone. A vote whose results were
 * cleared is no vote here. Claims this browser's voter key on the board's connection whenever this person may vote,
 * vote or not, so the server knows the voter before the first dot. Mount once per board (the vote bar does).
 */
export function useVoteSession(): WorkshopVote | null {
  const { boardId, role, selfName, awareness } = useWorkshopBoard()
  const vote = getActiveVote(useWorkshop().vote)
  const token = readBoardToken(boardId)
  const voteId = vote?.id ?? null
  const status = vote?.status ?? null
  const isVisible = vote !== null && canSeeResults(vote, role)

  useEffect(() => {
    const session =
      vote && token ? { caller: { boardId, token, voteId: vote.id }, vote, role, voterName: selfName } : null
    useVoteStore.getState().setSession(session)
  }, [vote, token, boardId, role, selfName])

  useEffect(() => () => useVoteStore.getState().setSession(null), [])
  useVoterKeyClaim(awareness, role)

  useEffect(() => {
    closedVoteCounts.set(getClosedCounts(vote))
  }, [vote])
  const sharedAt = vote?.sharedAt ?? null
  useEffect(() => useHeatMapStore.getState().followShare(sharedAt), [sharedAt])
  useEffect(() => () => void closedVoteCounts.set(null), [])

  // This person's dots, once per vote (and again when it reopens on this screen after a reload).
  useEffect(() => {
    if (!voteId || status !== 'open' || !token || !canVote(role)) return
    let isCurrent = true
    fetchMyBallots({ boardId, token, voteId })
      .then((ballots) => isCurrent && useVoteStore.getState().applyBallots(ballots))
      .catch(() => {})
    return () => {
      isCurrent = false
    }
  }, [voteId, status, token, boardId, role])

  useEffect(() => {
    if (!voteId || status !== 'open' || !token || !isVisible) {
      useVoteStore.getState().setLive(null)
      return
    }
    return pollResults({ boardId, token, voteId })
  }, [voteId, status, token, boardId, isVisible])

  return vote
}

/** Claims this browser's voter key on the board's connection while this person may vote. */
function useVoterKeyClaim(awareness: Awareness, role: Role): void {
  useEffect(() => (canVote(role) ? claimVoterKey(awareness) : undefined), [awareness, role])
}

function pollResults(caller: VoteCaller): () => void {
  let isCurrent = true
  let timer: ReturnType<typeof setTimeout> | undefined
  const poll = async () => {
    try {
      const results = await fetchVoteResults(caller)
      if (isCurrent && useVoteStore.getState().session?.vote.id === caller.voteId) {
        useVoteStore.getState().setLive(results)
      }
    } catch {
      // A missed poll is retried with the next one.
    }
    if (isCurrent) timer = setTimeout(() => void poll(), RESULTS_POLL_MS)
  }
  void poll()
  return () => {
    isCurrent = false
    clearTimeout(timer)
  }
}
