import { createStoredValue } from '../state/storedValue'

/** The admin token of this tab (session storage only: it is gone when the tab closes). */
const adminToken = createStoredValue('session', 'cxmap.adminToken')

/** This tab's admin token; `null` when none. */
export const readAdminToken = adminToken.read
/** Keeps the admin token for this tab. */
export const keepAdminToken = adminToken.write
/** Forgets this tab's admin token. */
export const forgetAdminToken = adminToken.forget
