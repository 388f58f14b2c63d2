import { createVote } from '@cxmap/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiRequestError } from '../../api/client'
import { describeBallotError, useVoteStore } from './voteStore'

const vote = createVote({ votesPerPerson: 2, kinds: ['barrier'], anonymous: false, hideResults: true }, 'v1', 0)
const session = {
  caller: { boardId: 'b1', token: 'tok', voteId: 'v1' },
  vote,
  role: 'editor' as const,
  voterName: 'Анна',
}

function answer(status: number, body: unknown) {
  return vi.fn(
    async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
  useVoteStore.getState().setSession(null)
})

describe('the vote store', () => {
  it('sends a dot with the voter key and name, and shows the server’s count of my dots', async () => {
    const fetch = answer(201, { mine: [{ cardId: 'shape:a', count: 1 }], remaining: 1 })
    vi.stubGlobal('fetch', fetch)
    useVoteStore.getState().setSession(session)
    await useVoteStore.getState().castVote('shape:a')
    expect(useVoteStore.getState()).toMatchObject({
      mine: { 'shape:a': 1 },
      remaining: 1,
      busyCardIds: [],
      notice: null,
    })
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/boards/b1/votes/v1/ballots')
    const headers = init.headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer tok')
    expect(headers['X-Voter-Key']).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.parse(String(init.body))).toEqual({ cardId: 'shape:a', voterName: 'Анна' })
  })

  it('turns a refusal into a notice and keeps my dots as they were', async () => {
    vi.stubGlobal('fetch', answer(409, { error: { code: 'conflict', message: 'No votes left (2 of 2 used)' } }))
    useVoteStore.getState().setSession(session)
    useVoteStore.getState().applyBallots({ mine: [{ cardId: 'shape:a', count: 2 }], remaining: 0 })
    await useVoteStore.getState().castVote('shape:b')
    expect(useVoteStore.getState().mine).toEqual({ 'shape:a': 2 })
    expect(useVoteStore.getState().notice).toMatchObject({ key: 'vote.noVotesLeft', vars: { used: 2, total: 2 } })
  })

  it('tries a dot again while the server does not know this page’s voter yet, then says so', async () => {
    vi.useFakeTimers()
    try {
      const notConnected = { error: { code: 'voter_not_connected', message: 'open the board to vote' } }
      const fetch = vi.fn(async () => new Response(JSON.stringify(notConnected), { status: 403 }))
      fetch.mockImplementationOnce(async () => new Response(JSON.stringify(notConnected), { status: 403 }))
      fetch.mockImplementationOnce(
        async () =>
          new Response(JSON.stringify({ mine: [{ cardId: 'shape:a', count: 1 }], remaining: 1 }), { status: 201 }),
      )
      vi.stubGlobal('fetch', fetch)
      useVoteStore.getState().setSession(session)
      const first = useVoteStore.getState().castVote('shape:a')
      await vi.runAllTimersAsync()
      await first
      expect(fetch).toHaveBeenCalledTimes(2)
      expect(useVoteStore.getState()).toMatchObject({ mine: { 'shape:a': 1 }, notice: null })

      const second = useVoteStore.getState().castVote('shape:b')
      await vi.runAllTimersAsync()
      await second
      expect(fetch).toHaveBeenCalledTimes(7)
      expect(useVoteStore.getState().notice).toMatchObject({ key: 'vote.notConnected' })
      expect(useVoteStore.getState().mine).toEqual({ 'shape:a': 1 })
    } finally {
      vi.useRealTimers()
    }
  })

  it('forgets my dots and the notice when another vote starts, and the notice when the vote closes', () => {
    useVoteStore.getState().setSession(session)
    useVoteStore.getState().applyBallots({ mine: [{ cardId: 'shape:a', count: 1 }], remaining: 1 })
    useVoteStore.getState().showNotice('vote.closed')
    useVoteStore.getState().setSession({ ...session, vote: { ...vote, status: 'closed' } })
    expect(useVoteStore.getState()).toMatchObject({ mine: { 'shape:a': 1 }, notice: null })
    useVoteStore.getState().setSession({ ...session, vote: { ...vote, id: 'v2' } })
    expect(useVoteStore.getState()).toMatchObject({ mine: {}, remaining: null })
  })
})

describe('describeBallotError', () => {
  it('names each refusal', () => {
    expect(describeBallotError(new ApiRequestError('conflict', 'No votes left (3 of 3 used)'), 3)).toEqual({
      key: 'vote.noVotesLeft',
      vars: { used: 3, total: 3 },
    })
    expect(describeBallotError(new ApiRequestError('conflict', 'The vote is closed'), 3)).toEqual({
      key: 'vote.closed',
    })
    expect(describeBallotError(new ApiRequestError('bad_request', 'No such card'), 3).key).toBe('vote.notVotable')
    expect(describeBallotError(new ApiRequestError('forbidden', 'Viewers cannot vote'), 3).key).toBe('vote.viewer')
    expect(describeBallotError(new Error('boom'), 3).key).toBe('vote.failed')
  })
})
