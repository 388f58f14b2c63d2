/** Strings of the roadmap's drawer (i18next namespace `roadmap`, key prefix `drawer.`). */
const en = {}

const ru: typeof en = {}

/** The drawer strings in every UI language. */
export const drawerStrings = { en, ru }
