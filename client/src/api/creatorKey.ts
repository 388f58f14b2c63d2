const STORAGE_KEY = 'cxmap.creatorKey'

/** The instance creator key this browser remembers (asked once on the home page); `null` when none. */
export function readCreatorKey(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/** Remembers the creator key the server accepted. */
export function rememberCreatorKey(key: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, key)
  } catch {
    // storage disabled: the key is asked again next time
  }
}

/** Forgets a creator key the server refused (it was changed). */
export function forgetCreatorKey(): void {
  try {
    localStorage.removeItem(STORAGE_KEY)
  } catch {
    // nothing stored
  }
}
