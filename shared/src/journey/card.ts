import type { CardKind } from './cardKind.ts'

/** tldraw shape type of a journey card. */
export const JOURNEY_CARD_TYPE = 'cx-card'

/**
 * Props of a journey card shape. Which stage and lane a card is in is not stored: it follows from where the card sits
 * on a grid (see `cellAt` in grid.ts); outside every grid the card is a free sticky.
 */
export interface JourneyCardProps {
  kind: CardKind
  /** Plain text (line breaks allowed). */
  text: string
  w: number
  h: number
  /** Id of a board department (see department.ts); '' when none. */
  departmentId: string
  /** Name of the person who created the card, stamped at creation. */
  authorName: string
  /** Barrier severity 1…5 (meaningful for barriers only). */
  severity: number
  /** Feeling score −2…+2 (meaningful for feelings only). */
  score: number
  /** Ids of records this card is linked to (other cards, roadmap initiatives). */
  links: string[]
}

/** Default size of a new card, in page units. */
export const CARD_DEFAULT_W = 200
/** Default size of a new card, in page units. */
export const CARD_DEFAULT_H = 120
/** Default severity of a new barrier. */
export const DEFAULT_SEVERITY = 3

/** Props of a new card of `kind`, with every field set. */
export function createCardProps(kind: CardKind, overrides: Partial<JourneyCardProps> = {}): JourneyCardProps {
  return {
    kind,
    text: '',
    w: CARD_DEFAULT_W,
    h: CARD_DEFAULT_H,
    departmentId: '',
    authorName: '',
    severity: DEFAULT_SEVERITY,
    score: 0,
    links: [],
    ...overrides,
  }
}
