/** Strings of the roadmap's waves (i18next namespace `roadmap`, key prefix `waves.`). */
const en = {}

const ru: typeof en = {}

/** The waves strings in every UI language. */
export const wavesStrings = { en, ru }
