import type { JourneyGridOut, Persona } from '@cxmap/shared'

/** One persona's emotion curve over a grid's stages, ready to print. */
export interface PrintPersonaCurve {
  /** '' = the feelings that carry no persona. */
  personaId: string
  name: string
  color: string
  /** Mean feeling score per stage, in stage order; null where the persona has no feeling. */
  scores: (number | null)[]
}

/** The colour of the line of feelings without a persona. */
export const NO_PERSONA_COLOR = '#5f6368'

/**
 * A grid's emotion curve split by persona: one curve per persona whose feelings are on it (board order), then one for
 * the feelings without a persona (or with a deleted one). Empty when no feeling carries a known persona: the grid's
 * single curve says it all.
 */
export function readGridPersonaCurves(
  grid: JourneyGridOut,
  personas: readonly Persona[],
  noPersonaName: string,
): PrintPersonaCurve[] {
  const feelingLanes = new Set(grid.lanes.filter((lane) => lane.cardKind === 'feeling').map((lane) => lane.id))
  const known = new Set(personas.map((persona) => persona.id))
  const stageIndex = new Map(grid.stages.map((stage, index) => [stage.id, index]))
  const sums = new Map<string, { sum: number; count: number }[]>()
  for (const cell of grid.cells) {
    const index = stageIndex.get(cell.stageId)
    if (index === undefined || !feelingLanes.has(cell.laneId)) continue
    for (const card of cell.cards) {
      if (card.kind !== 'feeling' || card.score === undefined) continue
      const id = known.has(card.personaId) ? card.personaId : ''
      const stages = sums.get(id) ?? grid.stages.map(() => ({ sum: 0, count: 0 }))
      sums.set(id, stages)
      stages[index]!.sum += card.score
      stages[index]!.count += 1
    }
  }
  if (![...sums.keys()].some((id) => id !== '')) return []
  const toScores = (id: string) => sums.get(id)!.map(({ sum, count }) => (count === 0 ? null : sum / count))
  const curves = personas
    .filter((persona) => sums.has(persona.id))
    .map((persona) => ({
      personaId: persona.id,
      name: persona.name,
      color: persona.color,
      scores: toScores(persona.id),
    }))
  if (sums.has('')) curves.push({ personaId: '', name: noPersonaName, color: NO_PERSONA_COLOR, scores: toScores('') })
  return curves
}
