import { Awareness } from 'y-protocols/awareness'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createReactionPublisher, type PublisherClock } from './reactionPublisher'
import {
  createRateLimit,
  MAX_REACTIONS_PER_WINDOW,
  parseReaction,
  REACTION_FIELD,
  REACTION_SHOW_MS,
  ReactionFeed,
} from './reactionState'

/** A clock the test moves by hand, with the timers it would fire. */
function createManualClock(): PublisherClock & { advance: (ms: number) => void } {
  let now = 0
  let timers: { at: number; run: () => void; handle: number }[] = []
  let next = 0
  return {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.push({ at: now + ms, run, handle: ++next })
      return next
    },
    clearTimeout: (handle) => {
      timers = timers.filter((timer) => timer.handle !== handle)
    },
    advance(ms) {
      now += ms
      const due = timers.filter((timer) => timer.at <= now)
      timers = timers.filter((timer) => timer.at > now)
      for (const timer of due) timer.run()
    },
  }
}

describe('the rate limit', () => {
  it('allows a few per window and frees a slot as the window slides', () => {
    const limit = createRateLimit(2, 1000)
    expect([limit.tryTake(0), limit.tryTake(10), limit.tryTake(20)]).toEqual([true, true, false])
    expect(limit.tryTake(999)).toBe(false)
    expect(limit.tryTake(1000)).toBe(true)
    expect(limit.tryTake(1005)).toBe(false)
  })
})

describe('publishing reactions in awareness', () => {
  it('sends at most a few per second, and clears the field once the last one was shown', () => {
    const doc = new Y.Doc()
    const awareness = new Awareness(doc)
    const clock = createManualClock()
    const publisher = createReactionPublisher(awareness, clock)
    const sent = Array.from({ length: 10 }, () => publisher.react('🎉', { x: 10, y: 20 }))
    expect(sent.filter(Boolean)).toHaveLength(MAX_REACTIONS_PER_WINDOW)
    expect(parseReaction(awareness.getLocalState()?.[REACTION_FIELD])).toEqual({
      emoji: '🎉',
      serial: MAX_REACTIONS_PER_WINDOW,
      x: 10,
      y: 20,
    })
    clock.advance(1000)
    expect(publisher.react('👍', { x: 1, y: 2 })?.serial).toBe(MAX_REACTIONS_PER_WINDOW + 1)
    clock.advance(REACTION_SHOW_MS - 1)
    expect(awareness.getLocalState()?.[REACTION_FIELD]).not.toBeNull()
    clock.advance(1)
    expect(awareness.getLocalState()?.[REACTION_FIELD]).toBeNull()
    // Nothing of it went into the document.
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()))
    awareness.destroy()
  })
})

describe('the reactions a screen shows', () => {
  it('shows each new serial once, never what was there on arrival, and drops bursts after their time', () => {
    const feed = new ReactionFeed()
    feed.prime(7, { emoji: '👍', serial: 3, x: 0, y: 0 })
    expect(feed.receive(7, { emoji: '👍', serial: 3, x: 0, y: 0 }, 0)).toBeNull()
    const burst = feed.receive(7, { emoji: '❤️', serial: 4, x: 5, y: 6 }, 100)
    expect(burst).toMatchObject({ clientId: 7, emoji: '❤️', x: 5, y: 6, startedAt: 100 })
    // The same state again (an awareness renewal) is not a new reaction; clearing shows nothing.
    expect(feed.receive(7, { emoji: '❤️', serial: 4, x: 5, y: 6 }, 200)).toBeNull()
    expect(feed.receive(7, null, 300)).toBeNull()
    expect(feed.getBursts()).toHaveLength(1)
    expect(feed.expire(100 + REACTION_SHOW_MS - 1)).toBe(false)
    expect(feed.expire(100 + REACTION_SHOW_MS)).toBe(true)
    expect(feed.getBursts()).toHaveLength(0)
  })

  it('ignores malformed or foreign emoji and caps a flooding client', () => {
    const feed = new ReactionFeed()
    expect(feed.receive(1, { emoji: '<b>spam</b>', serial: 1, x: 0, y: 0 }, 0)).toBeNull()
    expect(feed.receive(1, { emoji: '👍', serial: 2, x: Number.NaN, y: 0 }, 0)).toBeNull()
    const shown = Array.from({ length: 20 }, (_, i) => feed.receive(1, { emoji: '👍', serial: 10 + i, x: 0, y: 0 }, i))
    expect(shown.filter(Boolean)).toHaveLength(MAX_REACTIONS_PER_WINDOW)
    // Another client has its own allowance.
    expect(feed.receive(2, { emoji: '🤔', serial: 1, x: 0, y: 0 }, 20)).not.toBeNull()
  })
})
