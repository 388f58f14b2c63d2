import { createPersonaCardProps, PERSONA_CARD_TYPE } from '@cxmap/shared'
import { createShapeId, type Editor, type TLShapeId } from 'tldraw'
import { isPersonaCard } from './personaCardShape'

/** A box in page units. */
export interface PageBox {
  x: number
  y: number
  w: number
  h: number
}

/** Space left between a persona card and the one placed after it, in page units. */
export const PERSONA_CARD_GAP = 24

function overlaps(a: PageBox, b: PageBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/**
 * Where a new persona card of `size` goes: to the right of the last one placed when that one is in view (cards
 * placed in turn line up), else in the middle of the viewport.
 */
export function findPersonaCardSpot(
  viewport: PageBox,
  last: PageBox | null,
  size: { w: number; h: number },
): { x: number; y: number } {
  if (last && overlaps(last, viewport)) return { x: last.x + last.w + PERSONA_CARD_GAP, y: last.y }
  return { x: viewport.x + (viewport.w - size.w) / 2, y: viewport.y + (viewport.h - size.h) / 2 }
}

/** Puts a card of the persona on the current page (see {@link findPersonaCardSpot}) and selects it; gives its id. */
export function placePersonaCard(editor: Editor, personaId: string): TLShapeId {
  const props = createPersonaCardProps(personaId)
  const cards = editor.getCurrentPageShapesSorted().filter(isPersonaCard)
  const lastShape = cards.at(-1)
  const lastBounds = lastShape ? editor.getShapePageBounds(lastShape) : undefined
  const last = lastBounds ? { x: lastBounds.x, y: lastBounds.y, w: lastBounds.w, h: lastBounds.h } : null
  const viewport = editor.getViewportPageBounds()
  const spot = findPersonaCardSpot({ x: viewport.x, y: viewport.y, w: viewport.w, h: viewport.h }, last, props)
  const id = createShapeId()
  editor.markHistoryStoppingPoint('place persona card')
  editor.createShape({ id, type: PERSONA_CARD_TYPE, x: spot.x, y: spot.y, props })
  editor.select(id)
  return id
}
