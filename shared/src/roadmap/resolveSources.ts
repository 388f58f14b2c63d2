import type { Journey } from '../journey/format/journey.ts'
import { locateJourneyCards, type LocatedCard } from './fromCards.ts'
import type { InitiativeSource } from './initiative.ts'
import type { Roadmap } from './roadmapDoc.ts'

/** Where a source card is now: `present` with its current place and text, or `removed` when it is gone. */
export type ResolvedSource =
  | {
      status: 'present'
      /** The snapshot taken when the card was sent. */
      source: InitiativeSource
      text: string
      /** Current place ('' for a card now outside every grid). */
      gridId: string
      stageId: string
      laneId: string
      stageTitle: string
      laneTitle: string
    }
  | {
      status: 'removed'
      source: InitiativeSource
      /** The titles of the snapshot's stage and lane if they still exist, else ''. */
      stageTitle: string
      laneTitle: string
    }

/** Each initiative's sources resolved against the current journey, by initiative id. */
export function resolveSources(roadmap: Roadmap, journey: Journey): Record<string, ResolvedSource[]> {
  const located = locateJourneyCards(journey)
  const titles = indexTitles(journey)
  const resolved: Record<string, ResolvedSource[]> = {}
  for (const initiative of roadmap.initiatives) {
    resolved[initiative.id] = initiative.sources.map((source) =>
      resolveSource(source, located.get(source.cardId), titles),
    )
  }
  return resolved
}

function resolveSource(
  source: InitiativeSource,
  card: LocatedCard | undefined,
  titles: Map<string, string>,
): ResolvedSource {
  if (!card) {
    return {
      status: 'removed',
      source,
      stageTitle: titles.get(`${source.gridId}/stage/${source.stageId}`) ?? '',
      laneTitle: titles.get(`${source.gridId}/lane/${source.laneId}`) ?? '',
    }
  }
  const { gridId, stageId, laneId, stageTitle, laneTitle } = card
  return { status: 'present', source, text: card.card.text, gridId, stageId, laneId, stageTitle, laneTitle }
}

function indexTitles(journey: Journey): Map<string, string> {
  const titles = new Map<string, string>()
  for (const grid of journey.grids) {
    for (const stage of grid.stages) titles.set(`${grid.id}/stage/${stage.id}`, stage.title)
    for (const lane of grid.lanes) titles.set(`${grid.id}/lane/${lane.id}`, lane.title)
  }
  return titles
}
