import type { JourneyGridProps } from '@cxmap/shared'

/** What the persona split reads of a card on a grid. */
export interface FeelingOnGrid {
  card: { props: { kind: string; score: number; personaId: string } }
  stageIndex: number
  laneIndex: number
}

/** One line in a feeling lane: the mean score of its feelings per stage (null where it has none). */
export interface PersonaLine {
  /** '' = everyone: every feeling of the lane, whatever its persona (as `readPersonaCurves` in shared). */
  personaId: string
  scores: (number | null)[]
}

/**
 * Per feeling lane whose feelings carry personas: the line of everyone first, then one line per persona with feelings
 * there (in the board's order). Lanes where no feeling has a known persona are left out: they keep the single curve.
 */
export function computePersonaEmotion(
  props: JourneyGridProps,
  cards: readonly FeelingOnGrid[],
  personaOrder: readonly string[],
): Record<string, PersonaLine[]> {
  const known = new Set(personaOrder)
  // laneIndex → line id ('' = everyone) → per stage [sum, count]
  const sums = new Map<number, Map<string, [number, number][]>>()
  const add = (laneIndex: number, lineId: string, stageIndex: number, score: number) => {
    const byLine = sums.get(laneIndex) ?? new Map<string, [number, number][]>()
    sums.set(laneIndex, byLine)
    const stages = byLine.get(lineId) ?? props.stages.map((): [number, number] => [0, 0])
    byLine.set(lineId, stages)
    const cell = stages[stageIndex]
    if (!cell) return
    cell[0] += score
    cell[1] += 1
  }
  for (const { card, stageIndex, laneIndex } of cards) {
    const lane = props.lanes[laneIndex]
    if (card.props.kind !== 'feeling' || lane?.cardKind !== 'feeling' || !props.stages[stageIndex]) continue
    add(laneIndex, '', stageIndex, card.props.score)
    if (known.has(card.props.personaId)) add(laneIndex, card.props.personaId, stageIndex, card.props.score)
  }
  const result: Record<string, PersonaLine[]> = {}
  for (const [laneIndex, byLine] of sums) {
    const lane = props.lanes[laneIndex]
    if (!lane || byLine.size < 2) continue
    result[lane.id] = ['', ...personaOrder]
      .filter((id) => byLine.has(id))
      .map((personaId) => ({
        personaId,
        scores: (byLine.get(personaId) ?? []).map(([sum, count]) => (count === 0 ? null : sum / count)),
      }))
  }
  return result
}
