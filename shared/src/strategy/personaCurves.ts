import type { Journey } from '../journey/format/journey.ts'
import type { Persona } from './persona.ts'
import { isToBeGrid, listPlacedCards } from './journeyGrids.ts'

/** One persona's emotion curve on one grid: the mean feeling score per stage (null where it has no feeling). */
export interface PersonaCurve {
  /** '' = everyone: every feeling of the grid, whatever its persona. */
  personaId: string
  /** One point per stage, in stage order. */
  points: { stageId: string; score: number | null }[]
}

/** The emotion curves of one grid, split by persona. */
export interface GridPersonaCurves {
  gridId: string
  gridTitle: string
  /** As-is journey or to-be (target) map: the page shows them side by side. */
  state: 'as-is' | 'to-be'
  /** Everyone first, then each persona that has a feeling on the grid or is one of the grid's personas. */
  curves: PersonaCurve[]
}

/**
 * Per grid with feelings, per persona (and '' = everyone), the emotion curve: the mean score of the feeling cards in
 * feeling lanes of each stage, feelings of a persona counting for it. Personas unknown to the strategy are skipped.
 */
export function readPersonaCurves(journey: Journey, personas: readonly Persona[]): GridPersonaCurves[] {
  const known = new Set(personas.map((persona) => persona.id))
  const out: GridPersonaCurves[] = []
  for (const grid of journey.grids) {
    const feelingLanes = new Set(grid.lanes.filter((lane) => lane.cardKind === 'feeling').map((lane) => lane.id))
    const feelings = listPlacedCards(grid).filter(
      ({ card, laneId }) => feelingLanes.has(laneId) && card.kind === 'feeling' && card.score !== undefined,
    )
    if (feelingLanes.size === 0) continue
    const shown = new Set([...grid.personaIds, ...feelings.map(({ card }) => card.personaId)])
    const personaIds = ['', ...personas.map((persona) => persona.id).filter((id) => shown.has(id) && known.has(id))]
    const curves = personaIds.map((personaId) => ({
      personaId,
      points: grid.stages.map((stage) => ({
        stageId: stage.id,
        score: mean(
          feelings
            .filter((f) => f.stageId === stage.id && (personaId === '' || f.card.personaId === personaId))
            .map((f) => f.card.score ?? 0),
        ),
      })),
    }))
    out.push({ gridId: grid.id, gridTitle: grid.title, state: isToBeGrid(grid) ? 'to-be' : 'as-is', curves })
  }
  return out
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length
}
