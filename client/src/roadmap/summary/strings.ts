/** Strings of the roadmap's summary (i18next namespace `roadmap`, key prefix `summary.`). */
const en = {}

const ru: typeof en = {}

/** The summary strings in every UI language. */
export const summaryStrings = { en, ru }
