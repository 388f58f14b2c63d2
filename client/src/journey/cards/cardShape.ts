import {
  CARD_KINDS,
  JOURNEY_CARD_TYPE,
  SCORE_MAX,
  SCORE_MIN,
  SEVERITY_MAX,
  SEVERITY_MIN,
  type JourneyCardProps,
} from '@cxmap/shared'
import { T, type RecordProps, type TLShape } from 'tldraw'

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [JOURNEY_CARD_TYPE]: JourneyCardProps
  }
}

/** A journey card as a tldraw shape. */
export type JourneyCardShape = TLShape<typeof JOURNEY_CARD_TYPE>

/** Smallest size a card can be resized to, in page units. */
export const CARD_MIN_W = 120
/** Smallest size a card can be resized to, in page units. */
export const CARD_MIN_H = 72

function integerIn(min: number, max: number): T.Validator<number> {
  return T.integer.check('range', (value) => {
    if (value < min || value > max) throw new T.ValidationError(`Expected an integer from ${min} to ${max}`)
  })
}

/** tldraw validators of a card's props, mirroring `JourneyCardProps`; a record that fails them is never stored. */
export const journeyCardShapeProps: RecordProps<JourneyCardShape> = {
  kind: T.literalEnum(...CARD_KINDS),
  text: T.string,
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  departmentId: T.string,
  authorName: T.string,
  severity: integerIn(SEVERITY_MIN, SEVERITY_MAX),
  score: integerIn(SCORE_MIN, SCORE_MAX),
  links: T.arrayOf(T.string),
}

/** Whether a shape is a journey card. */
export function isJourneyCard(shape: TLShape | undefined | null): shape is JourneyCardShape {
  return shape?.type === JOURNEY_CARD_TYPE
}
