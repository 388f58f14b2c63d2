import type { JourneyGridOut } from '@cxmap/shared'
import { SCORE_COLORS } from '../journey/cards/cardLook'
import type { PrintPersonaCurve } from './personaCurves'
import { formatScore } from './PrintCard'

const WIDTH = 640
const HEIGHT = 120
const PAD_X = 40
const PAD_Y = 16
/** Height of the legend row under a curve split by persona. */
const LEGEND_H = 22

/**
 * The grid's emotion curve across its stages (−2…+2), gaps where a stage has no feelings; split by persona (one line
 * per persona in its colour, with a legend) when `curves` holds any.
 */
export function EmotionCurveSvg({
  grid,
  label,
  lang,
  curves = [],
}: {
  grid: JourneyGridOut
  label: string
  lang: string
  curves?: readonly PrintPersonaCurve[]
}) {
  const count = grid.stages.length
  const x = (index: number) =>
    PAD_X + (count <= 1 ? (WIDTH - 2 * PAD_X) / 2 : (index * (WIDTH - 2 * PAD_X)) / (count - 1))
  const y = (score: number) => PAD_Y + ((2 - score) / 4) * (HEIGHT - 2 * PAD_Y)
  const isSplit = curves.length > 0
  const lines = isSplit
    ? curves.map((curve) => ({
        key: curve.personaId || 'everyone',
        color: curve.color,
        scores: curve.scores,
        isEveryone: curve.personaId === '',
      }))
    : [{ key: 'all', color: '#1f2328', scores: grid.emotion.map((point) => point.score), isEveryone: false }]
  return (
    <svg
      className="print-curve"
      viewBox={`0 0 ${WIDTH} ${HEIGHT + (isSplit ? LEGEND_H : 0)}`}
      role="img"
      aria-label={label}
      data-persona-curves={isSplit ? curves.length : undefined}
    >
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
      {lines.map((line) => (
        <g key={line.key}>
          {toSegments(line.scores, x, y, isSplit).map((segment) => (
            <polyline
              key={segment}
              points={segment}
              fill="none"
              stroke={line.color}
              strokeWidth={line.isEveryone ? 1.5 : 2}
              strokeDasharray={line.isEveryone ? '5 4' : undefined}
            />
          ))}
          {line.scores.map((score, index) =>
            score === null ? null : (
              <circle
                key={index}
                cx={x(index)}
                cy={y(score)}
                r="4.5"
                fill={isSplit ? line.color : (SCORE_COLORS[Math.round(score) + 2] ?? '#868e96')}
                stroke={isSplit ? '#ffffff' : '#1f2328'}
                strokeWidth="1"
              />
            ),
          )}
        </g>
      ))}
      {isSplit && <Legend curves={curves} top={HEIGHT + 4} />}
    </svg>
  )
}

/**
 * The curve's runs of consecutive stages with a score, as polyline point lists; a persona's line (`isJoined`) joins its
 * points across the stages it has no feeling in, as the board draws it.
 */
function toSegments(
  scores: readonly (number | null)[],
  x: (i: number) => number,
  y: (s: number) => number,
  isJoined: boolean,
): string[] {
  const segments: string[] = []
  let current: string[] = []
  scores.forEach((score, index) => {
    if (score === null && isJoined) return
    if (score === null) {
      if (current.length > 1) segments.push(current.join(' '))
      current = []
    } else current.push(`${x(index).toFixed(1)},${y(score).toFixed(1)}`)
  })
  if (current.length > 1) segments.push(current.join(' '))
  return segments
}

function Legend({ curves, top }: { curves: readonly PrintPersonaCurve[]; top: number }) {
  const step = (WIDTH - 2 * PAD_X) / Math.max(1, curves.length)
  return (
    <g>
      {curves.map((curve, index) => {
        const left = PAD_X + index * step
        return (
          <g key={curve.personaId || 'none'}>
            <line
              x1={left}
              x2={left + 18}
              y1={top + 8}
              y2={top + 8}
              stroke={curve.color}
              strokeWidth={curve.personaId === '' ? 1.5 : 3}
              strokeDasharray={curve.personaId === '' ? '5 4' : undefined}
            />
            <text x={left + 24} y={top + 12} fontSize="11" fill="#1f2328">
              {curve.name}
            </text>
          </g>
        )
      })}
    </g>
  )
}
