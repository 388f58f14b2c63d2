import type { FollowRequest } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { decideFollow, INITIAL_FOLLOW_STATE, type FollowInput, type FollowState } from './followMachine'

const anna: FollowRequest = { userId: 'anna', name: 'Анна', startedAt: 1000 }
const annaAgain: FollowRequest = { ...anna, startedAt: 5000 }
const boris: FollowRequest = { userId: 'boris', name: 'Борис', startedAt: 2000 }

function input(partial: Partial<FollowInput>): FollowInput {
  return { request: null, selfId: 'me', following: null, isLeaderPresent: true, ...partial }
}

/** Runs the machine over situations, returning the actions and the final state. */
function run(steps: Partial<FollowInput>[], start: FollowState = INITIAL_FOLLOW_STATE) {
  let state = start
  const actions = steps.map((step) => {
    const result = decideFollow(state, input(step))
    state = result.state
    return result.action
  })
  return { state, actions }
}

describe('decideFollow', () => {
  it('follows a new request, then stops when the leader stops', () => {
    const { actions, state } = run([
      { request: anna },
      { request: anna, following: 'anna' },
      { request: null, following: 'anna' },
      { request: null, following: null },
    ])
    expect(actions).toEqual([{ type: 'follow', userId: 'anna' }, null, { type: 'stop' }, null])
    expect(state).toEqual(INITIAL_FOLLOW_STATE)
  })

  it('does nothing with one’s own request', () => {
    expect(run([{ request: anna, selfId: 'anna' }]).actions).toEqual([null])
  })

  it('does not re-follow a request the person left, but follows a newer one', () => {
    const { actions, state } = run([
      { request: anna },
      { request: anna, following: 'anna' },
      // The person pans: tldraw stops following while the leader is still there.
      { request: anna, following: null },
      { request: anna, following: null },
      { request: annaAgain, following: null },
    ])
    expect(actions).toEqual([{ type: 'follow', userId: 'anna' }, null, null, null, { type: 'follow', userId: 'anna' }])
    expect(state.left).toBe('anna@1000')
    expect(state.joined).toEqual({ key: 'anna@5000', userId: 'anna' })
  })

  it('counts following someone else as leaving the request', () => {
    const { actions, state } = run([
      { request: anna },
      { request: anna, following: 'anna' },
      { request: anna, following: 'vera' },
      { request: null, following: 'vera' },
    ])
    expect(actions).toEqual([{ type: 'follow', userId: 'anna' }, null, null, null])
    expect(state).toEqual({ joined: null, isFollowing: false, left: 'anna@1000' })
  })

  it('a new request overrides following someone by choice', () => {
    const { actions } = run([
      { request: null, following: 'vera' },
      { request: anna, following: 'vera' },
    ])
    expect(actions).toEqual([null, { type: 'follow', userId: 'anna' }])
  })

  it('waits for the leader’s presence before following', () => {
    const { actions, state } = run([
      { request: anna, isLeaderPresent: false },
      { request: anna, isLeaderPresent: false },
      { request: anna, isLeaderPresent: true },
    ])
    expect(actions).toEqual([null, null, { type: 'follow', userId: 'anna' }])
    expect(state.joined?.key).toBe('anna@1000')
  })

  it('keeps the request when the leader disappears for a while (a reload) and follows again when they are back', () => {
    const { actions, state } = run([
      { request: anna },
      { request: anna, following: 'anna' },
      { request: anna, following: null, isLeaderPresent: false },
      { request: anna, following: null, isLeaderPresent: true },
      { request: anna, following: 'anna' },
    ])
    expect(actions).toEqual([{ type: 'follow', userId: 'anna' }, null, null, { type: 'follow', userId: 'anna' }, null])
    expect(state).toEqual({ joined: { key: 'anna@1000', userId: 'anna' }, isFollowing: true, left: null })
  })

  it('switches to a request that replaces the one followed', () => {
    const { actions } = run([
      { request: anna },
      { request: anna, following: 'anna' },
      { request: boris, following: 'anna' },
      { request: boris, following: 'boris' },
    ])
    expect(actions).toEqual([{ type: 'follow', userId: 'anna' }, null, { type: 'follow', userId: 'boris' }, null])
  })

  it('keeps following when the same leader starts again', () => {
    const { actions, state } = run([
      { request: anna },
      { request: anna, following: 'anna' },
      { request: annaAgain, following: 'anna' },
    ])
    expect(actions).toEqual([{ type: 'follow', userId: 'anna' }, null, null])
    expect(state).toMatchObject({ joined: { key: 'anna@5000' }, isFollowing: true })
  })

  it('does not stop a viewport that follows someone else when the request ends', () => {
    const { actions } = run([
      { request: anna },
      { request: anna, following: 'anna' },
      { request: anna, following: 'vera' },
      { request: null, following: 'vera' },
    ])
    expect(actions.at(-1)).toBeNull()
  })

  it('drops a request it was waiting for when it ends', () => {
    const { actions, state } = run([
      { request: anna, isLeaderPresent: false },
      { request: null, isLeaderPresent: false },
    ])
    expect(actions).toEqual([null, null])
    expect(state).toEqual(INITIAL_FOLLOW_STATE)
  })
})
