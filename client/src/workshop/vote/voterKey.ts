import { PresenceStateField, VOTER_KEY_PATTERN } from '@cxmap/shared'
import type { Awareness } from 'y-protocols/awareness'

/** localStorage key of this browser's voter key. */
export const VOTER_KEY_STORAGE_KEY = 'cxmap.voterKey'

let pageKey: string | null = null

/** 256 random bits as 64 hex digits. */
export function createVoterKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * This browser's voter key, created on first use and the same for the whole page: the server binds the first key a
 * page's connection claims, so the key sent with ballots must never change under it. Kept in localStorage, so a
 * reload (or another tab) is the same voter with the same dots; without localStorage it lasts as long as the page.
 */
export function getVoterKey(): string {
  pageKey ??= readOrCreateStoredKey()
  return pageKey
}

function readOrCreateStoredKey(): string {
  try {
    const stored = localStorage.getItem(VOTER_KEY_STORAGE_KEY)
    if (stored && VOTER_KEY_PATTERN.test(stored)) return stored
    const key = createVoterKey()
    localStorage.setItem(VOTER_KEY_STORAGE_KEY, key)
    return key
  } catch {
    return createVoterKey()
  }
}

/**
 * Claims this browser's voter key on the board's connection, in its awareness state: the server counts ballots only
 * from a key that an open page of the board claimed (one per connection) and relays the field to nobody. The claim
 * rides every state this client publishes, so a reconnect claims it again. Returns the function that withdraws it.
 */
export function claimVoterKey(awareness: Awareness): () => void {
  awareness.setLocalStateField(PresenceStateField.voterKey, getVoterKey())
  return () => {
    if (awareness.getLocalState() !== null) awareness.setLocalStateField(PresenceStateField.voterKey, null)
  }
}
