import { BallotDocNames, isPlainObject, type MyBallots, type VoteResults } from '@cxmap/shared'
import * as Y from 'yjs'

/**
 * The layout of a board's ballots doc, which only the server reads and writes: `votes` maps a vote id to a `Y.Map`
 * holding, per voter id (SHA-256 hex), that voter's ballot, and under {@link SEALED_KEY} `true` once the vote is
 * closed (no ballot is accepted or taken back after that, whatever the control doc says).
 */
export interface Ballot {
  /** One entry per dot, so several dots on one card appear several times. */
  cardIds: string[]
  /** The name the voter gave with their last dot ('' when none). */
  name: string
}

const SEALED_KEY = 'sealed'

function getVotesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(BallotDocNames.votes)
}

function getVoteMap(doc: Y.Doc, voteId: string, create: boolean): Y.Map<unknown> | null {
  const votes = getVotesMap(doc)
  let vote = votes.get(voteId) ?? null
  if (!vote && create) {
    vote = new Y.Map<unknown>()
    votes.set(voteId, vote)
  }
  return vote
}

function parseBallot(value: unknown): Ballot {
  if (!isPlainObject(value)) return { cardIds: [], name: '' }
  const cardIds = Array.isArray(value.cardIds) ? value.cardIds.filter((id): id is string => typeof id === 'string') : []
  return { cardIds, name: typeof value.name === 'string' ? value.name : '' }
}

/** A voter's ballot in a vote (empty when they have not voted). */
export function readBallot(doc: Y.Doc, voteId: string, voterId: string): Ballot {
  return parseBallot(getVoteMap(doc, voteId, false)?.get(voterId))
}

/** Replaces a voter's ballot; an empty one is removed. */
export function writeBallot(doc: Y.Doc, voteId: string, voterId: string, ballot: Ballot): void {
  const vote = getVoteMap(doc, voteId, true)!
  if (ballot.cardIds.length === 0) vote.delete(voterId)
  else vote.set(voterId, { cardIds: [...ballot.cardIds], name: ballot.name })
}

/** Whether the vote was closed in this doc. */
export function isSealed(doc: Y.Doc, voteId: string): boolean {
  return getVoteMap(doc, voteId, false)?.get(SEALED_KEY) === true
}

/** Closes the vote in this doc: later ballots are refused. */
export function sealVote(doc: Y.Doc, voteId: string): void {
  const vote = getVoteMap(doc, voteId, true)!
  if (vote.get(SEALED_KEY) !== true) vote.set(SEALED_KEY, true)
}

/** Drops the ballots of every vote but `voteId` (only one vote is current; closed ones keep their results elsewhere). */
export function dropOtherVotes(doc: Y.Doc, voteId: string): void {
  const votes = getVotesMap(doc)
  for (const id of [...votes.keys()]) if (id !== voteId) votes.delete(id)
}

/** The answer of the ballot routes: the voter's dots per card, in the order first placed, and how many are left. */
export function summarizeBallot(ballot: Ballot, votesPerPerson: number): MyBallots {
  const counts = new Map<string, number>()
  for (const cardId of ballot.cardIds) counts.set(cardId, (counts.get(cardId) ?? 0) + 1)
  return {
    mine: [...counts].map(([cardId, count]) => ({ cardId, count })),
    remaining: Math.max(0, votesPerPerson - ballot.cardIds.length),
  }
}

/** Counts a vote's ballots: dots per card, voters, and (unless anonymous) each card's voters by name. */
export function tallyVote(doc: Y.Doc, voteId: string, anonymous: boolean): VoteResults {
  const counts: Record<string, number> = {}
  const names = new Map<string, Set<string>>()
  let voters = 0
  getVoteMap(doc, voteId, false)?.forEach((value, key) => {
    if (key === SEALED_KEY) return
    const ballot = parseBallot(value)
    if (ballot.cardIds.length === 0) return
    voters += 1
    for (const cardId of ballot.cardIds) {
      counts[cardId] = (counts[cardId] ?? 0) + 1
      if (!anonymous && ballot.name) names.set(cardId, (names.get(cardId) ?? new Set()).add(ballot.name))
    }
  })
  if (anonymous) return { counts, voters }
  const byCard: Record<string, string[]> = {}
  for (const [cardId, set] of names) byCard[cardId] = [...set].sort((a, b) => a.localeCompare(b))
  return { counts, voters, names: byCard }
}
