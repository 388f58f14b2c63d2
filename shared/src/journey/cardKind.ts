/** The kinds of journey card, in the order the palette shows them. */
export const CARD_KINDS = [
  'touchpoint',
  'goal',
  'feeling',
  'step',
  'expectation',
  'barrier',
  'idea',
  'channel',
  'message',
  'note',
  'monetisation',
] as const

/** One kind of journey card. */
export type CardKind = (typeof CARD_KINDS)[number]

/** Card kinds that carry monetisation fields (value created / captured, paid service, revenue estimate). */
export const MONETISED_KINDS: readonly CardKind[] = ['touchpoint', 'monetisation']

/** Narrows an unknown value to a card kind. */
export function isCardKind(value: unknown): value is CardKind {
  return typeof value === 'string' && (CARD_KINDS as readonly string[]).includes(value)
}

/** Barrier severity: 1 (minor) … 5 (critical). */
export const SEVERITY_MIN = 1
/** Barrier severity: 1 (minor) … 5 (critical). */
export const SEVERITY_MAX = 5
/** Feeling score: −2 (very negative) … +2 (very positive). */
export const SCORE_MIN = -2
/** Feeling score: −2 (very negative) … +2 (very positive). */
export const SCORE_MAX = 2
