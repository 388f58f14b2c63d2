/** Strings of the workshop's follow (i18next namespace `workshop`, key prefix `follow.`). */
const en = {}

const ru: typeof en = {}

/** The follow strings in every UI language. */
export const followStrings = { en, ru }
