/** Strings of the roadmap's table (i18next namespace `roadmap`, key prefix `table.`). */
const en = {}

const ru: typeof en = {}

/** The table strings in every UI language. */
export const tableStrings = { en, ru }
