import {
  createInitiativesFromCards,
  JOURNEY_CARD_TYPE,
  readDocDepartments,
  readJourney,
  suggestWave,
  updateInitiative,
  type CardKind,
  type Initiative,
  type Wave,
} from '@cxmap/shared'
import type * as Y from 'yjs'

/** A record of the canvas store as the journey reader takes it. */
type StoreRecord = { readonly id: string; readonly typeName: string; readonly type?: string; readonly props?: unknown }

/** The journey cards among some shapes: their ids and kinds, in the given order. */
export function pickCards(shapes: readonly StoreRecord[]): { id: string; kind: CardKind }[] {
  return shapes.flatMap((shape) => {
    if (shape.type !== JOURNEY_CARD_TYPE) return []
    const kind = (shape.props as { kind?: CardKind } | undefined)?.kind
    return kind ? [{ id: shape.id, kind }] : []
  })
}

/** What the person chose in the send dialog. */
export interface SendChoice {
  mode: 'one' | 'per-card'
  wave: Wave
  /** The title of the single initiative (`mode: 'one'`); blank keeps the first card's first line. */
  title?: string
  createdBy: string
}

/**
 * Sends cards to the roadmap from the canvas's current records (the store is ahead of the doc by a frame, so the cards'
 * places are read there): creates the initiatives linked to the cards, with the chosen wave and title, in one
 * transaction. Returns the initiatives created (none when none of the cards exists any more).
 */
export function sendCardsToRoadmap(
  doc: Y.Doc,
  records: readonly StoreRecord[],
  cardIds: readonly string[],
  choice: SendChoice,
): Initiative[] {
  const journey = readJourney(records, readDocDepartments(doc))
  let created: Initiative[] = []
  doc.transact(() => {
    created = createInitiativesFromCards(doc, cardIds, { mode: choice.mode, journey, createdBy: choice.createdBy })
    for (const initiative of created) {
      const title = choice.mode === 'one' ? choice.title?.trim() : undefined
      updateInitiative(doc, initiative.id, { wave: choice.wave, ...(title ? { title } : {}) })
    }
  })
  return created.map((initiative) => ({
    ...initiative,
    wave: choice.wave,
    title: (choice.mode === 'one' && choice.title?.trim()) || initiative.title,
  }))
}

/** The wave suggested for cards (barrier 1, expectation 2, idea 3; the most urgent of a mix; else 1). */
export function suggestCardsWave(cards: readonly { kind: CardKind }[]): Wave {
  return suggestWave(cards.map((card) => card.kind))
}
