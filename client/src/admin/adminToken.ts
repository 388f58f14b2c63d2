const SESSION_KEY = 'cxmap.adminToken'

/** The admin token of this tab (session storage only: it is gone when the tab closes); `null` when none. */
export function readAdminToken(): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY)
  } catch {
    return null
  }
}

/** Keeps the admin token for this tab. */
export function keepAdminToken(token: string): void {
  try {
    sessionStorage.setItem(SESSION_KEY, token)
  } catch {
    // storage disabled: the token lives in the page's state until it reloads
  }
}

/** Forgets this tab's admin token. */
export function forgetAdminToken(): void {
  try {
    sessionStorage.removeItem(SESSION_KEY)
  } catch {
    // nothing stored
  }
}
