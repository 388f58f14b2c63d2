import { getLaneOffsets, getStageOffsets, type JourneyGridProps } from '@cxmap/shared'
import { isOpportunityCard } from '../monetisation/revenue.ts'
import type { CardOnGrid } from './gridCards.ts'

/** What the grid draws from the cards over it: card counts and pain per cell, the emotion curve of feeling lanes. */
export interface GridStats {
  /** Cards per cell, `[laneIndex][stageIndex]`. */
  counts: number[][]
  /** Sum of barrier severities per cell, plus the dots of a closed vote on its cards, `[laneIndex][stageIndex]`. */
  pain: number[][]
  /** Per lane: the mean feeling score of each stage's cell (null when it has none), for 'feeling' lanes only. */
  emotion: Record<string, (number | null)[]>
  /** Revenue estimates (per month) of the touchpoint and monetisation cards per cell, `[laneIndex][stageIndex]`. */
  revenue: number[][]
  /** Monetisation opportunities per cell (see `isOpportunityCard`), `[laneIndex][stageIndex]`. */
  opportunity: number[][]
}

/**
 * Reads the counts, pain and emotion curve of a grid from the cards located on it; `votes` (card id → dots of the last
 * closed vote) adds each card's dots to its cell's pain, as `getCellHeat` does for the exported journey.
 */
export function computeGridStats(
  props: JourneyGridProps,
  cards: CardOnGrid[],
  votes: Readonly<Record<string, number>> | null = null,
): GridStats {
  const stageCount = props.stages.length
  const makeMatrix = () => props.lanes.map(() => new Array<number>(stageCount).fill(0))
  const counts = makeMatrix()
  const pain = makeMatrix()
  const scoreSums = makeMatrix()
  const scoreCounts = makeMatrix()
  const revenue = makeMatrix()
  const opportunity = makeMatrix()
  for (const { card, stageIndex, laneIndex } of cards) {
    const countRow = counts[laneIndex]
    if (stageIndex === -1 || !countRow) continue
    countRow[stageIndex] = (countRow[stageIndex] ?? 0) + 1
    if (card.props.kind === 'barrier') addTo(pain, laneIndex, stageIndex, card.props.severity)
    if (votes?.[card.id]) addTo(pain, laneIndex, stageIndex, votes[card.id]!)
    if (isOpportunityCard(card.props)) {
      addTo(opportunity, laneIndex, stageIndex, 1)
      addTo(revenue, laneIndex, stageIndex, card.props.revenue)
    }
    if (card.props.kind === 'feeling') {
      addTo(scoreSums, laneIndex, stageIndex, card.props.score)
      addTo(scoreCounts, laneIndex, stageIndex, 1)
    }
  }
  const emotion: GridStats['emotion'] = {}
  props.lanes.forEach((lane, laneIndex) => {
    if (lane.cardKind !== 'feeling') return
    emotion[lane.id] = props.stages.map((_, stageIndex) => {
      const count = scoreCounts[laneIndex]?.[stageIndex] ?? 0
      return count === 0 ? null : (scoreSums[laneIndex]?.[stageIndex] ?? 0) / count
    })
  })
  return { counts, pain, emotion, revenue, opportunity }
}

function addTo(matrix: number[][], row: number, column: number, value: number) {
  const cells = matrix[row]
  if (cells) cells[column] = (cells[column] ?? 0) + value
}

/** The highest pain of any cell (0 when there is none). */
export function getMaxPain(stats: GridStats): number {
  return Math.max(0, ...stats.pain.flat())
}

/** A point of the emotion curve in grid space. */
export interface CurvePoint {
  x: number
  y: number
  score: number
}

/** Vertical room kept above +2 and below −2 inside the lane, as a share of its height. */
const CURVE_INSET = 0.18

/** The curve's points in a lane: one per stage with feelings, at the stage's centre; +2 at the top, −2 at the bottom. */
export function getEmotionPoints(props: JourneyGridProps, laneId: string, scores: (number | null)[]): CurvePoint[] {
  const laneIndex = props.lanes.findIndex((lane) => lane.id === laneId)
  const lane = props.lanes[laneIndex]
  if (!lane) return []
  const top = (getLaneOffsets(props)[laneIndex] ?? 0) + lane.h * CURVE_INSET
  const span = lane.h * (1 - 2 * CURVE_INSET)
  const stageOffsets = getStageOffsets(props)
  const points: CurvePoint[] = []
  scores.forEach((score, stageIndex) => {
    const stage = props.stages[stageIndex]
    if (score === null || !stage) return
    points.push({ x: (stageOffsets[stageIndex] ?? 0) + stage.w / 2, y: top + ((2 - score) / 4) * span, score })
  })
  return points
}

/** The y of score 0 in a lane, in grid space. */
export function getEmotionZeroY(props: JourneyGridProps, laneId: string): number {
  const laneIndex = props.lanes.findIndex((lane) => lane.id === laneId)
  const lane = props.lanes[laneIndex]
  return lane ? (getLaneOffsets(props)[laneIndex] ?? 0) + lane.h / 2 : 0
}

/** A smooth SVG path through the points (Catmull-Rom turned into cubic Béziers); '' for none. */
export function getSmoothPath(points: { x: number; y: number }[]): string {
  const [first] = points
  if (!first) return ''
  let d = `M${round(first.x)},${round(first.y)}`
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!
    const p1 = points[i]!
    const p2 = points[i + 1]!
    const p3 = points[i + 2] ?? p2
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 }
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 }
    d += ` C${round(c1.x)},${round(c1.y)} ${round(c2.x)},${round(c2.y)} ${round(p2.x)},${round(p2.y)}`
  }
  return d
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
