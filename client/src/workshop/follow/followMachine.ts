import type { FollowRequest } from '@cxmap/shared'

/**
 * Where this client stands towards the facilitator's "bring everyone to me". A request is told apart from the next by
 * its leader and start time; one this person left by moving the map is not followed again, only a new one is.
 */
export interface FollowState {
  /** The request being followed or waited for (the leader's presence has not arrived yet), or null. */
  joined: { key: string; userId: string } | null
  /** Whether the viewport has followed the joined request's leader (false while waiting for their presence). */
  isFollowing: boolean
  /** The key of the last request this person left by themselves. */
  left: string | null
}

/** Nothing joined, nothing left. */
export const INITIAL_FOLLOW_STATE: FollowState = { joined: null, isFollowing: false, left: null }

/** What the situation is now. */
export interface FollowInput {
  /** The control doc's request, or null. */
  request: FollowRequest | null
  /** This person's id ('' before the identity dialog is answered). */
  selfId: string
  /** The person id this viewport follows now (tldraw's `followingUserId` without its prefix), or null. */
  following: string | null
  /** Whether the request's leader publishes a camera this viewport can follow. */
  isLeaderPresent: boolean
}

/** What to do with the viewport. */
export type FollowAction = { type: 'follow'; userId: string } | { type: 'stop' } | null

/** Tells requests apart: a leader starting again makes a new request. */
export function followRequestKey(request: FollowRequest): string {
  return `${request.userId}@${request.startedAt}`
}

/**
 * Decides the next state and the action from the current situation (called whenever the request, the viewport's
 * following or the leader's presence changes):
 * - a new request (not one's own, not the one left last) is joined and followed as soon as the leader is present;
 * - when the joined request ends or is replaced, a viewport following its leader stops;
 * - a viewport that stops following the leader while the leader is present (the person panned, zoomed, pressed Esc or
 *   Stop, or chose to follow someone else) leaves the request for good;
 * - if the leader's presence goes away (they reload), tldraw stops following; the request is followed again when the
 *   leader is back.
 */
export function decideFollow(state: FollowState, input: FollowInput): { state: FollowState; action: FollowAction } {
  const { request, selfId, following, isLeaderPresent } = input
  const key = request && request.userId !== selfId ? followRequestKey(request) : null
  let next = state
  let action: FollowAction = null

  if (next.joined && next.joined.key !== key) {
    if (following === next.joined.userId) action = { type: 'stop' }
    next = { ...next, joined: null, isFollowing: false }
  }
  if (request && key && !next.joined) {
    if (key === next.left) return { state: next, action }
    next = { ...next, joined: { key, userId: request.userId }, isFollowing: false }
  }
  if (!next.joined) return { state: next, action }

  const leaderId = next.joined.userId
  if (following === leaderId) return { state: next.isFollowing ? next : { ...next, isFollowing: true }, action: null }
  if (!next.isFollowing) {
    return { state: next, action: isLeaderPresent ? { type: 'follow', userId: leaderId } : action }
  }
  if (following === null && !isLeaderPresent) return { state: { ...next, isFollowing: false }, action }
  return { state: { joined: null, isFollowing: false, left: next.joined.key }, action }
}
