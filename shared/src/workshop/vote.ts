import { isPlainObject } from '../doc/json.ts'
import { JOURNEY_CARD_TYPE } from '../journey/card.ts'
import { isCardKind, type CardKind } from '../journey/cardKind.ts'
import type { Role } from '../roles.ts'

/** Fewest dots a person may be given in a vote. */
export const MIN_VOTES_PER_PERSON = 1
/** Most dots a person may be given in a vote. */
export const MAX_VOTES_PER_PERSON = 20
/** Dots per person when the facilitator changes nothing (the usual dot-voting rule of thumb). */
export const DEFAULT_VOTES_PER_PERSON = 3

/** The counts of a vote: dots per card, how many people voted, and (when not anonymous) who voted for what. */
export interface VoteResults {
  /** Dots per card id; cards without dots are absent. */
  counts: Record<string, number>
  /** People who cast at least one dot. */
  voters: number
  /** Names of the people who put a dot on each card (each name once, sorted); only when the vote is not anonymous. */
  names?: Record<string, string[]>
}

/**
 * A dot vote, in the control doc's `workshop` map under `vote`: what everyone must see of it, written only by the
 * facilitator. Who voted for what is not here: the server keeps the ballots in a doc no client syncs, and counts them.
 */
export interface WorkshopVote {
  id: string
  status: 'open' | 'closed'
  /** Dots each person may place (several on one card allowed), {@link MIN_VOTES_PER_PERSON}…{@link MAX_VOTES_PER_PERSON}. */
  votesPerPerson: number
  /** The card kinds that may be voted on; empty means every kind. */
  kinds: CardKind[]
  /** Whether the results leave out who voted for what. */
  anonymous: boolean
  /** Whether participants see the counts only after the vote is closed (the facilitator always sees them). */
  hideResults: boolean
  /** Epoch ms (the facilitator's clock), for display only. */
  openedAt: number
  closedAt: number | null
  /** The final counts, written when the facilitator closes the vote. */
  results: VoteResults | null
  /**
   * Epoch ms when the facilitator cleared the results of the closed vote, or null. A cleared vote counts nowhere (cards,
   * heat map, exports) but keeps its results here, so the facilitator can restore them until a new vote replaces it.
   */
  clearedAt: number | null
  /** Epoch ms when the facilitator showed the ranking and the heat map to everyone, or null while only they see it. */
  sharedAt: number | null
}

/** What the facilitator chooses when opening a vote. */
export type VoteSettings = Pick<WorkshopVote, 'votesPerPerson' | 'kinds' | 'anonymous' | 'hideResults'>

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Clamps a dot count to {@link MIN_VOTES_PER_PERSON}…{@link MAX_VOTES_PER_PERSON}. */
export function clampVotesPerPerson(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_VOTES_PER_PERSON
  return Math.min(MAX_VOTES_PER_PERSON, Math.max(MIN_VOTES_PER_PERSON, Math.round(value)))
}

/** A new open vote. */
export function createVote(settings: VoteSettings, id: string, now: number): WorkshopVote {
  return {
    id,
    status: 'open',
    votesPerPerson: clampVotesPerPerson(settings.votesPerPerson),
    kinds: [...new Set(settings.kinds.filter(isCardKind))],
    anonymous: settings.anonymous,
    hideResults: settings.hideResults,
    openedAt: now,
    closedAt: null,
    results: null,
    clearedAt: null,
    sharedAt: null,
  }
}

/** The vote closed with its final counts (names dropped if it is anonymous). */
export function closeVote(vote: WorkshopVote, results: VoteResults, now: number): WorkshopVote {
  const kept: VoteResults = { counts: { ...results.counts }, voters: results.voters }
  if (!vote.anonymous && results.names) kept.names = structuredClone(results.names)
  return { ...vote, status: 'closed', closedAt: now, results: kept }
}

/** A vote value, or null when it is not one. Lenient: a bad field reads as its default. */
export function parseVote(value: unknown): WorkshopVote | null {
  if (!isPlainObject(value) || typeof value.id !== 'string' || !value.id) return null
  if (value.status !== 'open' && value.status !== 'closed') return null
  const kinds = Array.isArray(value.kinds) ? [...new Set(value.kinds.filter(isCardKind))] : []
  return {
    id: value.id,
    status: value.status,
    votesPerPerson: isFiniteNumber(value.votesPerPerson)
      ? clampVotesPerPerson(value.votesPerPerson)
      : DEFAULT_VOTES_PER_PERSON,
    kinds,
    anonymous: value.anonymous !== false,
    hideResults: value.hideResults === true,
    openedAt: isFiniteNumber(value.openedAt) ? value.openedAt : 0,
    closedAt: value.status === 'closed' && isFiniteNumber(value.closedAt) ? value.closedAt : null,
    results: parseVoteResults(value.results),
    clearedAt: value.status === 'closed' && isFiniteNumber(value.clearedAt) ? value.clearedAt : null,
    sharedAt: isFiniteNumber(value.sharedAt) ? value.sharedAt : null,
  }
}

/** Vote results, or null. Counts that are not positive whole numbers are dropped. */
export function parseVoteResults(value: unknown): VoteResults | null {
  if (!isPlainObject(value) || !isPlainObject(value.counts)) return null
  const counts: Record<string, number> = {}
  for (const [cardId, count] of Object.entries(value.counts)) {
    if (isFiniteNumber(count) && count >= 1) counts[cardId] = Math.floor(count)
  }
  const results: VoteResults = {
    counts,
    voters: isFiniteNumber(value.voters) && value.voters >= 0 ? Math.floor(value.voters) : 0,
  }
  if (isPlainObject(value.names)) {
    const names: Record<string, string[]> = {}
    for (const [cardId, list] of Object.entries(value.names)) {
      if (Array.isArray(list)) names[cardId] = list.filter((name): name is string => typeof name === 'string')
    }
    results.names = names
  }
  return results
}

/** Whether cards of `kind` may be voted on in this vote. */
export function isVotableKind(vote: Pick<WorkshopVote, 'kinds'>, kind: CardKind): boolean {
  return vote.kinds.length === 0 || vote.kinds.includes(kind)
}

/**
 * The kind of a record that may be voted on in this vote: a journey card of an allowed kind. `null` when the record
 * is not a card, not a valid one, or of a kind the vote leaves out.
 */
export function getVotableKind(vote: Pick<WorkshopVote, 'kinds'>, record: unknown): CardKind | null {
  if (!isPlainObject(record) || record.typeName !== 'shape' || record.type !== JOURNEY_CARD_TYPE) return null
  const kind = isPlainObject(record.props) ? record.props.kind : undefined
  return isCardKind(kind) && isVotableKind(vote, kind) ? kind : null
}

/**
 * Whether `role` may see the counts of this vote now: the facilitator always, others unless hidden until close or
 * cleared.
 */
export function canSeeResults(
  vote: Pick<WorkshopVote, 'status' | 'hideResults'> & Partial<Pick<WorkshopVote, 'clearedAt'>>,
  role: Role,
): boolean {
  if (role === 'facilitator') return true
  if (vote.clearedAt != null) return false
  return !vote.hideResults || vote.status === 'closed'
}

/** Whether `role` may put dots on cards (viewers only look). */
export function canVote(role: Role): boolean {
  return role === 'facilitator' || role === 'editor'
}

/** The final counts of a closed vote, or null while it is open, when it has none, or when they were cleared. */
export function getClosedCounts(vote: WorkshopVote | null): Record<string, number> | null {
  return vote?.status === 'closed' && vote.results && vote.clearedAt === null ? vote.results.counts : null
}

/** Items ordered by their card's dots, most first; ties (and cards without dots) keep their order. */
export function sortByVotes<T>(items: readonly T[], getCardId: (item: T) => string, counts: Record<string, number>) {
  return items
    .map((item, index) => ({ item, index, votes: counts[getCardId(item)] ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map(({ item }) => item)
}
