import type * as Y from 'yjs'
import type { CardKind } from '../journey/cardKind.ts'
import type { Journey, JourneyCardOut } from '../journey/format/journey.ts'
import type { Initiative, InitiativeSource, Wave } from './initiative.ts'
import { createInitiative } from './initiativeOps.ts'

/** The wave each kind of card suggests; other kinds suggest none. */
const WAVE_OF_KIND: Partial<Record<CardKind, Wave>> = { barrier: 1, expectation: 2, idea: 3 }

/**
 * The wave suggested for initiatives made from cards of these kinds: barrier → 1 (remove pain zones), expectation → 2
 * (meet expectations), idea → 3 (anticipate expectations); a mixed selection takes the lowest (most urgent) wave.
 * Other kinds suggest nothing; when no card suggests a wave, it is 1, since a card sent to the roadmap is a problem
 * to look at first until someone decides otherwise.
 */
export function suggestWave(kinds: readonly CardKind[]): Wave {
  let wave: Wave | null = null
  for (const kind of kinds) {
    const suggested = WAVE_OF_KIND[kind]
    if (suggested !== undefined && (wave === null || suggested < wave)) wave = suggested
  }
  return wave ?? 1
}

/** A card of the journey with where it is now ('' grid, stage and lane for a free card). */
export interface LocatedCard {
  card: JourneyCardOut
  gridId: string
  stageId: string
  laneId: string
  gridTitle: string
  stageTitle: string
  laneTitle: string
}

/** Every card of a journey by id, with its grid, stage and lane. */
export function locateJourneyCards(journey: Journey): Map<string, LocatedCard> {
  const located = new Map<string, LocatedCard>()
  for (const grid of journey.grids) {
    const stages = new Map(grid.stages.map((stage) => [stage.id, stage.title]))
    const lanes = new Map(grid.lanes.map((lane) => [lane.id, lane.title]))
    for (const cell of grid.cells) {
      for (const card of cell.cards) {
        located.set(card.id, {
          card,
          gridId: grid.id,
          stageId: cell.stageId,
          laneId: cell.laneId,
          gridTitle: grid.title,
          stageTitle: stages.get(cell.stageId) ?? '',
          laneTitle: lanes.get(cell.laneId) ?? '',
        })
      }
    }
  }
  for (const card of journey.freeCards) {
    located.set(card.id, { card, gridId: '', stageId: '', laneId: '', gridTitle: '', stageTitle: '', laneTitle: '' })
  }
  return located
}

/** Options of {@link createInitiativesFromCards}. */
export interface FromCardsOptions {
  /** `one`: a single initiative for all the cards; `per-card`: one initiative per card. */
  mode: 'one' | 'per-card'
  /** The board's journey as `readJourney` returns it: where each card is. */
  journey: Journey
  /** The creator's display name. */
  createdBy?: string
  /** Epoch milliseconds; `Date.now()` by default. */
  createdAt?: number
  /** Transaction origin. */
  origin?: unknown
}

/**
 * Sends cards to the roadmap: creates initiatives titled with the card text, with the cards as sources (where they
 * are now), the suggested wave and, when all the cards name the same department, that owner. Card ids not in the
 * journey are skipped; returns the initiatives created (none when no card is found).
 */
export function createInitiativesFromCards(
  doc: Y.Doc,
  cardIds: readonly string[],
  options: FromCardsOptions,
): Initiative[] {
  const located = locateJourneyCards(options.journey)
  const cards = [...new Set(cardIds)].flatMap((id) => located.get(id) ?? [])
  if (cards.length === 0) return []
  const groups = options.mode === 'one' ? [cards] : cards.map((card) => [card])
  const createdAt = options.createdAt ?? Date.now()
  const created: Initiative[] = []
  doc.transact(() => {
    for (const group of groups) {
      const [first] = group
      const departments = new Set(group.map(({ card }) => card.departmentId))
      const initiative = createInitiative(doc, {
        title: first?.card.text.trim().split('\n')[0] ?? '',
        description: group.length > 1 ? group.map(({ card }) => card.text.trim()).join('\n') : '',
        wave: suggestWave(group.map(({ card }) => card.kind)),
        ownerDepartmentId: departments.size === 1 ? [...departments][0]! : '',
        sources: group.map(toSource),
        createdAt,
        createdBy: options.createdBy ?? '',
      })
      created.push(initiative)
    }
  }, options.origin)
  return created
}

function toSource({ card, gridId, stageId, laneId }: LocatedCard): InitiativeSource {
  return { cardId: card.id, gridId, stageId, laneId, kind: card.kind }
}
