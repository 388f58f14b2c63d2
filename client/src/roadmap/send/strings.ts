/** Strings of the roadmap's send (i18next namespace `roadmap`, key prefix `send.`). */
const en = {}

const ru: typeof en = {}

/** The send strings in every UI language. */
export const sendStrings = { en, ru }
