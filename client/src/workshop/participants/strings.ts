/** Strings of the workshop's participants (i18next namespace `workshop`, key prefix `participants.`). */
const en = {}

const ru: typeof en = {}

/** The participants strings in every UI language. */
export const participantsStrings = { en, ru }
