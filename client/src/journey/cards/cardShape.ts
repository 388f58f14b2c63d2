import { JOURNEY_CARD_TYPE, type JourneyCardProps } from '@cxmap/shared'
import type { TLShape } from 'tldraw'

// The card's model (props, validators, migrations, reader) is in shared/src/journey/card.ts; this registers its props
// with tldraw's types.
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

/** Whether a shape is a journey card. */
export function isJourneyCard(shape: TLShape | undefined | null): shape is JourneyCardShape {
  return shape?.type === JOURNEY_CARD_TYPE
}
