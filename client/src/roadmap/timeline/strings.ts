/** Strings of the roadmap's timeline (i18next namespace `roadmap`, key prefix `timeline.`). */
const en = {}

const ru: typeof en = {}

/** The timeline strings in every UI language. */
export const timelineStrings = { en, ru }
