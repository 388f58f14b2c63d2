/** Strings of the workshop's lock (i18next namespace `workshop`, key prefix `lock.`). */
const en = {}

const ru: typeof en = {}

/** The lock strings in every UI language. */
export const lockStrings = { en, ru }
