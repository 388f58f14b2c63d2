import { createStoredValue } from '../state/storedValue'

/** The instance creator key this browser remembers (asked once on the home page). */
const creatorKey = createStoredValue('local', 'cxmap.creatorKey')

/** The remembered creator key; `null` when none. */
export const readCreatorKey = creatorKey.read
/** Remembers the creator key the server accepted. */
export const rememberCreatorKey = creatorKey.write
/** Forgets a creator key the server refused (it was changed). */
export const forgetCreatorKey = creatorKey.forget
