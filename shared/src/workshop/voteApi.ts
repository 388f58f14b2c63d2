import { z } from 'zod'

/**
 * The header that carries a browser's voter key: 256 random bits (64 hex digits) it keeps in localStorage. The key
 * counts only while an open board connection of a voting role has claimed it in its awareness state (see
 * `PresenceStateField.voterKey`); the server stores only its SHA-256, so the ballots doc names no person.
 */
export const VOTER_KEY_HEADER = 'X-Voter-Key'

/** A voter key: 64 hex digits. */
export const VOTER_KEY_PATTERN = /^[0-9a-f]{64}$/

/** Longest name shown with a dot in a vote that is not anonymous. */
export const MAX_VOTER_NAME_LENGTH = 80

/** Body of `POST /api/boards/:id/votes/:voteId/ballots`: one dot on a card. */
export const castBallotRequestSchema = z.object({
  cardId: z.string().min(1).max(200),
  /** Shown with the dot in the results when the vote is not anonymous. */
  voterName: z.string().trim().max(MAX_VOTER_NAME_LENGTH).optional(),
})
/** Body of `POST /api/boards/:id/votes/:voteId/ballots`. */
export type CastBallotRequest = z.infer<typeof castBallotRequestSchema>

/** The caller's dots in a vote: per card, and how many are left. */
export const myBallotsSchema = z.object({
  mine: z.array(z.object({ cardId: z.string(), count: z.number().int().positive() })),
  remaining: z.number().int().nonnegative(),
})
/** The caller's dots in a vote (answer of every `ballots` route). */
export type MyBallots = z.infer<typeof myBallotsSchema>

/** Response of `GET /api/boards/:id/votes/:voteId/results` and of `POST …/close`. */
export const voteResultsSchema = z.object({
  counts: z.record(z.string(), z.number().int().positive()),
  voters: z.number().int().nonnegative(),
  names: z.record(z.string(), z.array(z.string())).optional(),
})
