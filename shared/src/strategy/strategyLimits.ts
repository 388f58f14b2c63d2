/** Longest string field of a stakeholder or persona, in characters (the server refuses longer). */
export const MAX_STRATEGY_FIELD_LENGTH = 4000
/** Most ids in a stakeholder's or persona's reference list. */
export const MAX_STRATEGY_REFERENCES = 100
/** Most stakeholders, and most personas, on one board (the server refuses more). */
export const MAX_STRATEGY_ENTITIES = 500
/** Longest strategy part text, in characters (the server refuses an edit that makes it longer). */
export const MAX_STRATEGY_TEXT_LENGTH = 50_000
