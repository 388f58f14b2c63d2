/** Strings of the workshop's timer (i18next namespace `workshop`, key prefix `timer.`). */
const en = {}

const ru: typeof en = {}

/** The timer strings in every UI language. */
export const timerStrings = { en, ru }
