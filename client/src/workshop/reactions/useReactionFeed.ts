import { useEffect, useRef, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { REACTION_FIELD, ReactionFeed, type Burst } from './reactionState'

/** How often the bursts on screen are checked for their end, while there are any. */
const EXPIRE_TICK_MS = 250

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * The reaction bursts to draw on this screen, this client's own included: read from every client's awareness
 * reaction field as it changes, each shown for a couple of seconds (`REACTION_SHOW_MS`).
 */
export function useReactionFeed(awareness: Awareness | null): readonly Burst[] {
  const feedRef = useRef<ReactionFeed | null>(null)
  const [bursts, setBursts] = useState<readonly Burst[]>([])

  useEffect(() => {
    if (!awareness) return
    const feed = new ReactionFeed()
    feedRef.current = feed
    for (const [clientId, state] of awareness.getStates()) feed.prime(clientId, state[REACTION_FIELD])
    const handleChange = ({ added, updated, removed }: AwarenessChange) => {
      const states = awareness.getStates()
      let changed = false
      for (const clientId of [...added, ...updated]) {
        if (feed.receive(clientId, states.get(clientId)?.[REACTION_FIELD], Date.now())) changed = true
      }
      for (const clientId of removed) feed.forget(clientId)
      if (changed) setBursts(feed.getBursts())
    }
    awareness.on('change', handleChange)
    return () => {
      awareness.off('change', handleChange)
      feedRef.current = null
      setBursts([])
    }
  }, [awareness])

  const hasBursts = bursts.length > 0
  useEffect(() => {
    if (!hasBursts) return
    const timer = setInterval(() => {
      const feed = feedRef.current
      if (feed?.expire(Date.now())) setBursts(feed.getBursts())
    }, EXPIRE_TICK_MS)
    return () => clearInterval(timer)
  }, [hasBursts])

  return bursts
}
