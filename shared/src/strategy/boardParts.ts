import type { Journey, JourneyGridOut } from '../journey/format/journey.ts'
import type { Roadmap } from '../roadmap/roadmapDoc.ts'
import { classifyGrid, isToBeGrid, listJourneyCards, listPlacedCards, type PlacedCardOut } from './journeyGrids.ts'
import { MissingList } from './partStatus.ts'
import type { StrategyCard, StrategyGridSummary, StrategyPartReportOf } from './strategyReport.ts'

/** Part 2 «Карты пути»: complete with an as-is journey that has cards in every stage, and a to-be map. */
export function readJourneysPart(journey: Journey): StrategyPartReportOf<'journeys'> {
  const grids = journey.grids.map(summarizeGrid)
  const asIs = grids.filter((grid) => grid.state === 'as-is' && isJourneyRole(grid.role) && grid.cards > 0)
  const missing = new MissingList()
    .check(asIs.length === 0, 'journeys.asIs', 'board')
    .check(asIs.length > 0 && asIs.every((grid) => grid.emptyStageIds.length > 0), 'journeys.emptyStages', 'board')
    .check(!grids.some((grid) => grid.state === 'to-be' && grid.cards > 0), 'journeys.toBe', 'board')
  const status = missing.status(grids.some((grid) => grid.cards > 0))
  return { id: 'journeys', status, missing: missing.items, grids }
}

/** Part 3 «Ожидания и требования»: expectations and barriers on the maps, and initiatives made from them. */
export function readRequirementsPart(journey: Journey, roadmap: Roadmap): StrategyPartReportOf<'requirements'> {
  const cards = listJourneyCards(journey)
  const expectations = cards.filter(({ card }) => card.kind === 'expectation').map(toStrategyCard)
  const barriers = cards
    .filter(({ card }) => card.kind === 'barrier')
    .map(toStrategyCard)
    .sort((a, b) => (b.severity ?? 0) - (a.severity ?? 0))
  const fromCards = roadmap.initiatives.some((initiative) =>
    initiative.sources.some((source) => source.kind === 'barrier' || source.kind === 'expectation'),
  )
  const missing = new MissingList()
    .check(expectations.length === 0, 'requirements.expectations', 'board')
    .check(barriers.length === 0, 'requirements.barriers', 'board')
    .check(!fromCards, 'requirements.initiatives', 'roadmap')
  const status = missing.status(expectations.length + barriers.length > 0)
  return { id: 'requirements', status, missing: missing.items, expectations, barriers }
}

/** Part 5 «Карта коммуникаций»: a communications map with messages, each message or channel owned by a department. */
export function readCommunicationsPart(journey: Journey): StrategyPartReportOf<'communications'> {
  const grids = journey.grids
    .filter((grid) => classifyGrid(grid) === 'communications')
    .map((grid) => {
      const cards = listPlacedCards(grid).map(({ card }) => card)
      const promises = cards.filter((card) => card.kind === 'message' || card.kind === 'channel')
      return {
        id: grid.id,
        title: grid.title,
        messages: cards.filter((card) => card.kind === 'message').length,
        channels: cards.filter((card) => card.kind === 'channel').length,
        unowned: promises.filter((card) => card.departmentId === '').length,
      }
    })
  const missing = new MissingList()
    .check(grids.length === 0, 'communications.map', 'board')
    .check(grids.length > 0 && grids.every((grid) => grid.messages === 0), 'communications.messages', 'board')
    .check(
      grids.some((grid) => grid.unowned > 0),
      'communications.owners',
      'board',
    )
  const status = missing.status(grids.some((grid) => grid.messages + grid.channels > 0))
  return { id: 'communications', status, missing: missing.items, grids }
}

/** A card with its place as the report lists it. */
export function toStrategyCard({ card, grid, stageId, stageTitle }: PlacedCardOut): StrategyCard {
  const out: StrategyCard = {
    cardId: card.id,
    text: card.text,
    gridId: grid.id,
    gridTitle: grid.title,
    stageId,
    stageTitle,
    departmentName: card.departmentName,
  }
  if (card.severity !== undefined) out.severity = card.severity
  return out
}

function summarizeGrid(grid: JourneyGridOut): StrategyGridSummary {
  const cards = listPlacedCards(grid)
  const filled = new Set(cards.map((placed) => placed.stageId))
  return {
    id: grid.id,
    title: grid.title,
    role: classifyGrid(grid),
    state: isToBeGrid(grid) ? 'to-be' : 'as-is',
    stages: grid.stages.length,
    cards: cards.length,
    emptyStageIds: grid.stages.filter((stage) => !filled.has(stage.id)).map((stage) => stage.id),
    personaIds: grid.personaIds,
  }
}

// Journeys are the as-is maps: the base CJM or a map of one's own; communications and «Я-Мы-Клиент» are other parts.
function isJourneyRole(role: StrategyGridSummary['role']): boolean {
  return role === 'base-cjm' || role === 'other'
}
