import {
  apiErrorSchema,
  myBallotsSchema,
  VOTER_KEY_HEADER,
  voteResultsSchema,
  type MyBallots,
  type VoteResults,
} from '@cxmap/shared'
import { ApiRequestError } from '../../api/client'
import { getVoterKey } from './voterKey'

/** Who calls the vote routes: the board, its token, and the vote. */
export interface VoteCaller {
  boardId: string
  token: string
  voteId: string
}

interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { message: string } }
}

async function request<T>(caller: VoteCaller, path: string, schema: Schema<T>, init: RequestInit = {}): Promise<T> {
  const url = `/api/boards/${encodeURIComponent(caller.boardId)}/votes/${encodeURIComponent(caller.voteId)}${path}`
  let response: Response
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${caller.token}`,
        [VOTER_KEY_HEADER]: getVoterKey(),
        ...init.headers,
      },
    })
  } catch (error) {
    throw new ApiRequestError('network', error instanceof Error ? error.message : String(error))
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body)
    if (parsed.success) throw new ApiRequestError(parsed.data.error.code, parsed.data.error.message, response.status)
    throw new ApiRequestError(response.status >= 500 ? 'unavailable' : 'unexpected', `HTTP ${response.status}`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiRequestError('unexpected', parsed.error.message, response.status)
  return parsed.data
}

/**
 * Waits before each new try of a ballot refused with `voter_not_connected`: this page's voter claim travels on the
 * board's socket and may not have reached the server yet (a vote right after opening the page, or a reconnect).
 */
const NOT_CONNECTED_RETRY_MS = [250, 500, 1000, 2000]

/** {@link request} for a ballot change, tried again while the server does not know this page's voter yet. */
async function requestAsVoter<T>(
  caller: VoteCaller,
  path: string,
  schema: Schema<T>,
  init: RequestInit,
  attempt = 0,
): Promise<T> {
  try {
    return await request(caller, path, schema, init)
  } catch (error) {
    const waitMs = NOT_CONNECTED_RETRY_MS[attempt]
    if (waitMs === undefined || !(error instanceof ApiRequestError) || error.code !== 'voter_not_connected') throw error
    await new Promise((resolve) => setTimeout(resolve, waitMs))
    return requestAsVoter(caller, path, schema, init, attempt + 1)
  }
}

/** `POST …/ballots`: one more dot on a card; the server checks the limit. */
export function castBallot(caller: VoteCaller, cardId: string, voterName?: string): Promise<MyBallots> {
  return requestAsVoter(caller, '/ballots', myBallotsSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(voterName ? { cardId, voterName } : { cardId }),
  })
}

/** `DELETE …/ballots/:cardId`: takes back one of this browser's dots on a card. */
export function takeBackBallot(caller: VoteCaller, cardId: string): Promise<MyBallots> {
  return requestAsVoter(caller, `/ballots/${encodeURIComponent(cardId)}`, myBallotsSchema, { method: 'DELETE' })
}

/** `GET …/ballots`: this browser's dots. */
export function fetchMyBallots(caller: VoteCaller): Promise<MyBallots> {
  return request(caller, '/ballots', myBallotsSchema)
}

/** `GET …/results`: the counts so far (403 while hidden from this role). */
export function fetchVoteResults(caller: VoteCaller): Promise<VoteResults> {
  return request(caller, '/results', voteResultsSchema)
}

/** `POST …/close` (facilitator): seals the ballot box and returns the final counts. */
export function closeVoteOnServer(caller: VoteCaller): Promise<VoteResults> {
  return request(caller, '/close', voteResultsSchema, { method: 'POST' })
}
