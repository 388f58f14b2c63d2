/** Strings of the workshop's links (i18next namespace `workshop`, key prefix `links.`). */
const en = {}

const ru: typeof en = {}

/** The links strings in every UI language. */
export const linksStrings = { en, ru }
