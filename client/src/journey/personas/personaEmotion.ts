import type { JourneyGridProps } from '@cxmap/shared'

/** What the persona split reads of a card on a grid. */
export interface FeelingOnGrid {
  card: { props: { kind: string; score: number; personaId: string } }
  stageIndex: number
  laneIndex: number
}

/** One persona's line in a feeling lane: the mean score of its feelings per stage (null where it has none). */
export interface PersonaLine {
  /** '' = feelings that carry no persona (or a deleted one). */
  personaId: string
  scores: (number | null)[]
}

/**
 * Per feeling lane whose feelings carry personas: one line per persona (in the board's order), then one for the
 * feelings without a persona when there are any. Lanes where no feeling has a known persona are left out: they keep
 * the single curve.
 */
export function computePersonaEmotion(
  props: JourneyGridProps,
  cards: readonly FeelingOnGrid[],
  personaOrder: readonly string[],
): Record<string, PersonaLine[]> {
  const known = new Set(personaOrder)
  // laneIndex → personaId → per stage [sum, count]
  const sums = new Map<number, Map<string, [number, number][]>>()
  for (const { card, stageIndex, laneIndex } of cards) {
    const lane = props.lanes[laneIndex]
    if (card.props.kind !== 'feeling' || lane?.cardKind !== 'feeling' || !props.stages[stageIndex]) continue
    const personaId = known.has(card.props.personaId) ? card.props.personaId : ''
    const byPersona = sums.get(laneIndex) ?? new Map<string, [number, number][]>()
    sums.set(laneIndex, byPersona)
    const stages = byPersona.get(personaId) ?? props.stages.map((): [number, number] => [0, 0])
    byPersona.set(personaId, stages)
    const cell = stages[stageIndex]!
    cell[0] += card.props.score
    cell[1] += 1
  }
  const result: Record<string, PersonaLine[]> = {}
  for (const [laneIndex, byPersona] of sums) {
    const lane = props.lanes[laneIndex]
    if (!lane || ![...byPersona.keys()].some((id) => id !== '')) continue
    result[lane.id] = [...personaOrder, '']
      .filter((id) => byPersona.has(id))
      .map((personaId) => ({
        personaId,
        scores: byPersona.get(personaId)!.map(([sum, count]) => (count === 0 ? null : sum / count)),
      }))
  }
  return result
}
