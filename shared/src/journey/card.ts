import { createShapePropsMigrationIds, createShapePropsMigrationSequence } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { CARD_KINDS, isCardKind, SCORE_MAX, SCORE_MIN, SEVERITY_MAX, SEVERITY_MIN, type CardKind } from './cardKind.ts'
import { clampScale, isSize } from './lenient.ts'
import type { PropsValidators } from './shapeRecord.ts'

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
  /** Id of a strategy persona (see strategy/persona.ts) the card is about; '' = everyone. Feelings' curves split by it. */
  personaId: string
  /** Value the touchpoint creates for the client (touchpoint and monetisation cards). */
  valueCreated: string
  /** Value the company captures there. */
  valueCaptured: string
  /** A paid service offered there. */
  paidService: string
  /** Revenue estimate per month, ≥ 0; 0 = none. */
  revenue: number
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
    personaId: '',
    valueCreated: '',
    valueCaptured: '',
    paidService: '',
    revenue: 0,
    ...overrides,
  }
}

function integerIn(min: number, max: number): T.Validator<number> {
  return T.integer.check('range', (value) => {
    if (value < min || value > max) throw new T.ValidationError(`Expected an integer from ${min} to ${max}`)
  })
}

/** tldraw validators of a card's props: a record that fails them is never stored (client) nor accepted (server). */
export const journeyCardProps: PropsValidators<JourneyCardProps> = {
  kind: T.literalEnum(...CARD_KINDS),
  text: T.string,
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  departmentId: T.string,
  authorName: T.string,
  severity: integerIn(SEVERITY_MIN, SEVERITY_MAX),
  score: integerIn(SCORE_MIN, SCORE_MAX),
  links: T.arrayOf(T.string),
  personaId: T.string,
  valueCreated: T.string,
  valueCaptured: T.string,
  paidService: T.string,
  revenue: T.number.check('non-negative', (value) => {
    if (value < 0) throw new T.ValidationError('Expected a number ≥ 0')
  }),
}

/*
 * Changing a card prop (add, rename, retype, narrow a range) takes a migration, so that boards stored before the
 * change open and validate after it:
 * 1. add a version to `journeyCardVersions`, e.g. `AddColor: 1` (next number, never reuse one);
 * 2. append `{ id: journeyCardVersions.AddColor, up: (props) => { props.color = 'yellow' } }` to the sequence below
 *    (`up` edits the old props in place or returns new ones; add `down` only if older clients must read new boards);
 * 3. change `JourneyCardProps`, `journeyCardProps`, `createCardProps` and `parseCardProps` in this file;
 * 4. add a case to the model's migration test (shared/src/journey/boardSchema.test.ts) from a stored record.
 * A client with the new sequence upgrades an older board's records when it binds (from the schema in the doc's meta,
 * or `UNSTAMPED_BOARD_SCHEMA` for a seed nobody opened) and writes its schema to the doc; an older client then sees a
 * newer sequence and asks to reload instead of writing old props.
 */

/** Migration ids of the card's props, one per change. */
export const journeyCardVersions = createShapePropsMigrationIds(JOURNEY_CARD_TYPE, {
  /** Issue 14: persona, value created / captured, paid service and revenue (the CX strategy). */
  AddStrategyFields: 1,
})

/** The card's props migrations, oldest first (tldraw sequence `com.tldraw.shape.cx-card`). */
export const journeyCardMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: journeyCardVersions.AddStrategyFields,
      up: (props: Record<string, unknown>) => {
        props.personaId = ''
        props.valueCreated = ''
        props.valueCaptured = ''
        props.paidService = ''
        props.revenue = 0
      },
    },
  ],
})

/** A card's props as the journey format exports them: severity and score only where the kind gives them meaning. */
export type ParsedCard = Omit<JourneyCardProps, 'severity' | 'score'> & {
  severity: number | undefined
  score: number | undefined
}

/** Lenient reader: a card's props with defaults for whatever is missing or invalid, severities and scores clamped. */
export function parseCardProps(props: Record<string, unknown>): ParsedCard {
  const kind = isCardKind(props.kind) ? props.kind : 'note'
  return {
    kind,
    text: typeof props.text === 'string' ? props.text : '',
    w: isSize(props.w) ? props.w : CARD_DEFAULT_W,
    h: isSize(props.h) ? props.h : CARD_DEFAULT_H,
    departmentId: typeof props.departmentId === 'string' ? props.departmentId : '',
    authorName: typeof props.authorName === 'string' ? props.authorName : '',
    severity: kind === 'barrier' ? clampScale(props.severity, SEVERITY_MIN, SEVERITY_MAX) : undefined,
    score: kind === 'feeling' ? clampScale(props.score, SCORE_MIN, SCORE_MAX) : undefined,
    links: Array.isArray(props.links) ? props.links.filter((link) => typeof link === 'string') : [],
    personaId: readString(props.personaId),
    valueCreated: readString(props.valueCreated),
    valueCaptured: readString(props.valueCaptured),
    paidService: readString(props.paidService),
    revenue: isSize(props.revenue) ? props.revenue : 0,
  }
}

function readString(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** Page units a card needs besides its text: kind row, department row, paddings (matches the client's card CSS). */
const CARD_CHROME_H = 68
/** Line height and average glyph width of card text (16 px font, Latin and Cyrillic), in page units. */
const CARD_LINE_H = 20
const CARD_GLYPH_W = 9.6
const CARD_TEXT_INSET_W = 22

/**
 * The height a card of width `w` needs to show `text` without clipping, estimated without a DOM (the server builds
 * template cards); never less than the default. The client measures exactly while someone types.
 */
export function estimateCardHeight(text: string, w: number = CARD_DEFAULT_W): number {
  const charsPerLine = Math.max(1, Math.floor((w - CARD_TEXT_INSET_W) / CARD_GLYPH_W))
  const lines = text.split('\n').reduce((sum, paragraph) => sum + countWrappedLines(paragraph, charsPerLine), 0)
  return Math.max(CARD_DEFAULT_H, Math.ceil((CARD_CHROME_H + lines * CARD_LINE_H) / 4) * 4)
}

/** Lines a paragraph takes with greedy word wrap, as the browser does it; a longer word breaks anywhere. */
export function countWrappedLines(paragraph: string, charsPerLine: number): number {
  let lines = 1
  let used = 0
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const length = word.length
    if (used === 0) {
      lines += Math.floor(Math.max(0, length - 1) / charsPerLine)
      used = length % charsPerLine || charsPerLine
    } else if (used + 1 + length <= charsPerLine) {
      used += 1 + length
    } else {
      lines += 1 + Math.floor(Math.max(0, length - 1) / charsPerLine)
      used = length % charsPerLine || charsPerLine
    }
  }
  return lines
}
