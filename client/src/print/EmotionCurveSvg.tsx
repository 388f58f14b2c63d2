import type { JourneyGridOut } from '@cxmap/shared'
import { SCORE_COLORS } from '../journey/cards/cardLook'
import { formatScore } from './PrintCard'

const WIDTH = 640
const HEIGHT = 120
const PAD_X = 40
const PAD_Y = 16

/** The grid's emotion curve across its stages (−2…+2), gaps where a stage has no feelings. */
export function EmotionCurveSvg({ grid, label, lang }: { grid: JourneyGridOut; label: string; lang: string }) {
  const count = grid.stages.length
  const x = (index: number) =>
    PAD_X + (count <= 1 ? (WIDTH - 2 * PAD_X) / 2 : (index * (WIDTH - 2 * PAD_X)) / (count - 1))
  const y = (score: number) => PAD_Y + ((2 - score) / 4) * (HEIGHT - 2 * PAD_Y)
  const points = grid.emotion.map((point, index) => ({ index, score: point.score }))
  const segments: string[] = []
  let current: string[] = []
  for (const point of points) {
    if (point.score === null) {
      if (current.length > 1) segments.push(current.join(' '))
      current = []
    } else current.push(`${x(point.index).toFixed(1)},${y(point.score).toFixed(1)}`)
  }
  if (current.length > 1) segments.push(current.join(' '))
  return (
    <svg className="print-curve" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {[-2, -1, 0, 1, 2].map((score) => (
        <g key={score}>
          <line
            x1={PAD_X}
            x2={WIDTH - PAD_X}
            y1={y(score)}
            y2={y(score)}
            stroke={score === 0 ? '#9aa0a6' : '#e3e5e8'}
            strokeDasharray={score === 0 ? '4 3' : undefined}
          />
          <text x={PAD_X - 8} y={y(score) + 3.5} fontSize="10" textAnchor="end" fill="#5f6368">
            {formatScore(score, lang)}
          </text>
        </g>
      ))}
      {segments.map((segment) => (
        <polyline key={segment} points={segment} fill="none" stroke="#1f2328" strokeWidth="2" />
      ))}
      {points.map((point) =>
        point.score === null ? null : (
          <circle
            key={point.index}
            cx={x(point.index)}
            cy={y(point.score)}
            r="4.5"
            fill={SCORE_COLORS[Math.round(point.score) + 2] ?? '#868e96'}
            stroke="#1f2328"
            strokeWidth="1"
          />
        ),
      )}
    </svg>
  )
}
