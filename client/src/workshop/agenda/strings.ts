/** Strings of the workshop's agenda (i18next namespace `workshop`, key prefix `agenda.`). */
const en = {}

const ru: typeof en = {}

/** The agenda strings in every UI language. */
export const agendaStrings = { en, ru }
