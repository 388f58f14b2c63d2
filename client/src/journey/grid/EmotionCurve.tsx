import type { JourneyGridProps } from '@cxmap/shared'
import { CARD_LOOKS, SCORE_COLORS } from '../cards/cardLook.ts'
import { PersonaLaneCurves } from '../personas/PersonaLaneCurves.tsx'
import type { StyledPersonaLine } from '../personas/usePersonaLines.ts'
import { getEmotionPoints, getEmotionZeroY, getSmoothPath } from './gridStats.ts'

/**
 * The emotion curve of each feeling lane: a smooth line through the mean score of each stage, over a zero line; a
 * lane whose feelings carry personas has one line per persona instead, in the personas' colours, with a legend.
 */
export function EmotionCurves({
  props,
  emotion,
  width,
  height,
  stageLeft,
  isOverCards = false,
  personaLines = null,
}: {
  props: JourneyGridProps
  emotion: Record<string, (number | null)[]>
  width: number
  height: number
  stageLeft: number
  /** Drawn over the cards: lighter, so card text stays readable. */
  isOverCards?: boolean
  /** Per lane split by persona (see `usePersonaLines`); other lanes keep the single curve. */
  personaLines?: Record<string, readonly StyledPersonaLine[]> | null
}) {
  const lanes = Object.entries(emotion)
  if (lanes.length === 0) return null
  const color = CARD_LOOKS.feeling.accent
  return (
    <svg className="cx-grid__curve" width={width} height={height} aria-hidden="true">
      {lanes.map(([laneId, scores]) => {
        const points = getEmotionPoints(props, laneId, scores)
        const zeroY = getEmotionZeroY(props, laneId)
        const lines = personaLines?.[laneId]
        return (
          <g key={laneId}>
            <line
              x1={stageLeft}
              x2={width}
              y1={zeroY}
              y2={zeroY}
              stroke={color}
              strokeOpacity={0.28}
              strokeWidth={1.5}
              strokeDasharray="6 6"
            />
            {lines ? (
              <PersonaLaneCurves props={props} laneId={laneId} lines={lines} isOverCards={isOverCards} />
            ) : (
              <SingleCurve points={points} color={color} isOverCards={isOverCards} />
            )}
          </g>
        )
      })}
    </svg>
  )
}

function SingleCurve({
  points,
  color,
  isOverCards,
}: {
  points: ReturnType<typeof getEmotionPoints>
  color: string
  isOverCards: boolean
}) {
  return (
    <>
      <path
        d={getSmoothPath(points)}
        fill="none"
        stroke={color}
        strokeOpacity={isOverCards ? 0.55 : 0.75}
        strokeWidth={isOverCards ? 3.5 : 4}
        strokeLinecap="round"
      />
      {points.map((point, i) => (
        <circle
          key={i}
          cx={point.x}
          cy={point.y}
          r={8}
          fill={SCORE_COLORS[Math.round(point.score) + 2] ?? color}
          stroke="#ffffff"
          strokeWidth={3}
        />
      ))}
    </>
  )
}
