import type { Awareness } from 'y-protocols/awareness'
import {
  createRateLimit,
  MAX_REACTIONS_PER_WINDOW,
  REACTION_FIELD,
  REACTION_SHOW_MS,
  REACTION_WINDOW_MS,
  type PublishedReaction,
  type ReactionEmoji,
} from './reactionState'

/** What a reaction publisher needs besides the awareness: a clock and timers (fakes in tests). */
export interface PublisherClock {
  now: () => number
  setTimeout: (run: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

const realClock: PublisherClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Sends this client's reactions. */
export interface ReactionPublisher {
  /** Publishes a reaction at a page point; null (nothing sent) when over the rate limit. */
  react: (emoji: ReactionEmoji, point: { x: number; y: number }) => PublishedReaction | null
  /** Clears the field and stops. */
  stop: () => void
}

/**
 * Publishes reactions in this client's awareness state, in their own field (cursors are published apart, at their
 * own rate), at most {@link MAX_REACTIONS_PER_WINDOW} per second; the field is cleared once the last one has been
 * shown, so a person who arrives later does not see it. Nothing is written to any document.
 */
export function createReactionPublisher(awareness: Awareness, clock: PublisherClock = realClock): ReactionPublisher {
  const limit = createRateLimit(MAX_REACTIONS_PER_WINDOW, REACTION_WINDOW_MS)
  let serial = 0
  let clearHandle: unknown = null
  const cancelClear = () => {
    if (clearHandle !== null) clock.clearTimeout(clearHandle)
    clearHandle = null
  }
  return {
    react(emoji, point) {
      if (!limit.tryTake(clock.now())) return null
      serial += 1
      const reaction: PublishedReaction = { emoji, serial, x: point.x, y: point.y }
      awareness.setLocalStateField(REACTION_FIELD, reaction)
      cancelClear()
      clearHandle = clock.setTimeout(() => {
        clearHandle = null
        awareness.setLocalStateField(REACTION_FIELD, null)
      }, REACTION_SHOW_MS)
      return reaction
    },
    stop() {
      cancelClear()
      if (awareness.getLocalState()?.[REACTION_FIELD]) awareness.setLocalStateField(REACTION_FIELD, null)
    },
  }
}
