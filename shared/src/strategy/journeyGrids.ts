import type { CardKind } from '../journey/cardKind.ts'
import type { Journey, JourneyCardOut, JourneyGridOut } from '../journey/format/journey.ts'
import type { TemplateId } from '../journey/template.ts'
import { getTemplateTexts } from '../journey/templates/texts.ts'

/** What a grid is, as the strategy reads it: a template's grid (by its title, in either language) or another map. */
export type GridRole = Exclude<TemplateId, 'blank'> | 'other'

/** A card with the place it is in: its grid, stage and lane (grid cards only). */
export interface PlacedCardOut {
  card: JourneyCardOut
  grid: JourneyGridOut
  stageId: string
  stageTitle: string
  laneId: string
}

const ROLE_ORDER: Exclude<GridRole, 'other'>[] = ['target-map', 'communications', 'i-we-client', 'base-cjm']
const COMMUNICATION_KINDS = new Set<CardKind>(['message', 'channel'])

/**
 * A grid's role: the template whose name (English or Russian) its title starts with; otherwise `communications` when
 * its lanes hold messages or channels and no feelings, else `other`.
 */
export function classifyGrid(grid: JourneyGridOut): GridRole {
  const title = grid.title.trim()
  for (const role of ROLE_ORDER) {
    const names = (['en', 'ru'] as const).map((locale) => getTemplateTexts(locale).names[role])
    if (names.some((name) => title.startsWith(name))) return role
  }
  const kinds = new Set(grid.lanes.map((lane) => lane.cardKind))
  if (!kinds.has('feeling') && [...kinds].some((kind) => COMMUNICATION_KINDS.has(kind))) return 'communications'
  return 'other'
}

/** Whether a grid is a to-be (target) map rather than an as-is journey. */
export function isToBeGrid(grid: JourneyGridOut): boolean {
  return classifyGrid(grid) === 'target-map'
}

/** Every card on a grid with its place, stage by stage, lane by lane. */
export function listPlacedCards(grid: JourneyGridOut): PlacedCardOut[] {
  const stageTitles = new Map(grid.stages.map((stage) => [stage.id, stage.title]))
  return grid.cells.flatMap((cell) =>
    cell.cards.map((card) => ({
      card,
      grid,
      stageId: cell.stageId,
      stageTitle: stageTitles.get(cell.stageId) ?? '',
      laneId: cell.laneId,
    })),
  )
}

/** Every card of the journey with its place: grid cards first. */
export function listJourneyCards(journey: Journey): PlacedCardOut[] {
  return journey.grids.flatMap(listPlacedCards)
}

/** Whether a card carries any monetisation field. */
export function hasMonetisationFields(card: JourneyCardOut): boolean {
  return card.revenue > 0 || card.valueCreated !== '' || card.valueCaptured !== '' || card.paidService !== ''
}
