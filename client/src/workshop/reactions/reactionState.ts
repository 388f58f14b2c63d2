/** The emoji a person can send, in the picker's order (its keys 1…6). */
export const REACTION_EMOJI = ['👍', '❤️', '🎉', '😂', '🤔', '👎'] as const

/** One of {@link REACTION_EMOJI}. */
export type ReactionEmoji = (typeof REACTION_EMOJI)[number]

/** The awareness field a client's latest reaction is published in (next to `person` and `presence`). */
export const REACTION_FIELD = 'reaction'

/** Most reactions one client sends, or another client shows of it, per {@link REACTION_WINDOW_MS}. */
export const MAX_REACTIONS_PER_WINDOW = 4
/** The window of {@link MAX_REACTIONS_PER_WINDOW}. */
export const REACTION_WINDOW_MS = 1000
/** How long a burst stays on screen (and the field stays published). */
export const REACTION_SHOW_MS = 2400
/** Most bursts on one screen at once: a crowd reacting stays readable. */
export const MAX_BURSTS_SHOWN = 40

/** A reaction as published in awareness: which emoji, a serial that tells a new one apart, where (page coordinates). */
export interface PublishedReaction {
  emoji: ReactionEmoji
  serial: number
  x: number
  y: number
}

/** A reaction on this screen: whose, what, where, since when (this screen's clock). */
export interface Burst {
  key: string
  clientId: number
  emoji: ReactionEmoji
  x: number
  y: number
  startedAt: number
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Whether `value` is one of the emoji offered (a peer cannot make others show arbitrary text). */
export function isReactionEmoji(value: unknown): value is ReactionEmoji {
  return typeof value === 'string' && (REACTION_EMOJI as readonly string[]).includes(value)
}

/** A peer's published reaction, or null when it has none or publishes something malformed. */
export function parseReaction(value: unknown): PublishedReaction | null {
  if (!value || typeof value !== 'object') return null
  const { emoji, serial, x, y } = value as Record<string, unknown>
  if (!isReactionEmoji(emoji) || !isFiniteNumber(serial) || !isFiniteNumber(x) || !isFiniteNumber(y)) return null
  return { emoji, serial, x, y }
}

/** A sliding-window limit: at most `max` takes in any `windowMs`. */
export function createRateLimit(max: number, windowMs: number): { tryTake: (now: number) => boolean } {
  const taken: number[] = []
  return {
    tryTake(now) {
      while (taken.length > 0 && now - taken[0]! >= windowMs) taken.shift()
      if (taken.length >= max) return false
      taken.push(now)
      return true
    },
  }
}

/**
 * The reactions this screen shows: a burst per new serial a client publishes (at most a few per second per client,
 * whatever it sends), each gone after {@link REACTION_SHOW_MS}. What a client had published before this screen saw it
 * first is not replayed.
 */
export class ReactionFeed {
  private readonly lastSerial = new Map<number, number>()
  private readonly limits = new Map<number, ReturnType<typeof createRateLimit>>()
  private bursts: Burst[] = []

  /** The bursts on screen now. */
  getBursts(): readonly Burst[] {
    return this.bursts
  }

  /** Notes a client's current reaction without showing it (what was there when this screen arrived). */
  prime(clientId: number, value: unknown): void {
    const reaction = parseReaction(value)
    if (reaction) this.lastSerial.set(clientId, reaction.serial)
  }

  /** Takes a client's published field; returns the new burst, or null when there is nothing new to show. */
  receive(clientId: number, value: unknown, now: number): Burst | null {
    const reaction = parseReaction(value)
    if (!reaction || this.lastSerial.get(clientId) === reaction.serial) return null
    this.lastSerial.set(clientId, reaction.serial)
    let limit = this.limits.get(clientId)
    if (!limit) this.limits.set(clientId, (limit = createRateLimit(MAX_REACTIONS_PER_WINDOW, REACTION_WINDOW_MS)))
    if (!limit.tryTake(now)) return null
    const burst: Burst = { key: `${clientId}:${reaction.serial}`, clientId, ...reaction, startedAt: now }
    this.bursts = [...this.bursts, burst].slice(-MAX_BURSTS_SHOWN)
    return burst
  }

  /** Forgets a client that left. */
  forget(clientId: number): void {
    this.lastSerial.delete(clientId)
    this.limits.delete(clientId)
  }

  /** Drops the bursts shown long enough; returns whether any went. */
  expire(now: number): boolean {
    const kept = this.bursts.filter((burst) => now - burst.startedAt < REACTION_SHOW_MS)
    const changed = kept.length !== this.bursts.length
    this.bursts = kept
    return changed
  }
}
