import { VOTER_KEY_PATTERN } from '@cxmap/shared'

/** localStorage key of this browser's voter key. */
export const VOTER_KEY_STORAGE_KEY = 'cxmap.voterKey'

let fallbackKey: string | null = null

/** 256 random bits as 64 hex digits. */
export function createVoterKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * This browser's voter key, created on first use. The server counts dots per key (it stores only a hash), so a
 * reload keeps one's votes; without localStorage (private mode quirks) the key lasts as long as the page.
 */
export function getVoterKey(): string {
  try {
    const stored = localStorage.getItem(VOTER_KEY_STORAGE_KEY)
    if (stored && VOTER_KEY_PATTERN.test(stored)) return stored
    const key = createVoterKey()
    localStorage.setItem(VOTER_KEY_STORAGE_KEY, key)
    return key
  } catch {
    fallbackKey ??= createVoterKey()
    return fallbackKey
  }
}
