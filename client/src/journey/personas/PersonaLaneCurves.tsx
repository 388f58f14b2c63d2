import type { JourneyGridProps } from '@cxmap/shared'
import { getLaneOffsets } from '@cxmap/shared'
import { getEmotionPoints, getSmoothPath } from '../grid/gridStats'
import type { StyledPersonaLine } from './usePersonaLines'

const LEGEND_ROW = 28
/** Average width of a legend letter (16 px, bold), in page units. */
const LEGEND_GLYPH_W = 9.5

/** A feeling lane's curves, one per persona in its colour, with a legend at the foot of the lane's header. */
export function PersonaLaneCurves({
  props,
  laneId,
  lines,
  isOverCards,
}: {
  props: JourneyGridProps
  laneId: string
  lines: readonly StyledPersonaLine[]
  isOverCards: boolean
}) {
  const laneIndex = props.lanes.findIndex((lane) => lane.id === laneId)
  const lane = props.lanes[laneIndex]
  if (!lane) return null
  const laneBottom = (getLaneOffsets(props)[laneIndex] ?? 0) + lane.h
  const legendTop = laneBottom - 10 - lines.length * LEGEND_ROW
  return (
    <g data-testid="persona-curves" data-lane-id={laneId}>
      {lines.map((line) => {
        const points = getEmotionPoints(props, laneId, line.scores)
        const isEveryone = line.personaId === ''
        return (
          <g
            key={line.personaId || 'none'}
            data-persona-id={line.personaId}
            data-faded={line.isFaded || undefined}
            opacity={line.isFaded ? 0.25 : 1}
          >
            <path
              d={getSmoothPath(points)}
              fill="none"
              stroke={line.color}
              strokeOpacity={isEveryone ? 0.5 : isOverCards ? 0.75 : 0.85}
              strokeWidth={isEveryone ? 3 : 4}
              strokeDasharray={isEveryone ? '10 8' : undefined}
              strokeLinecap="round"
            />
            {points.map((point, i) => (
              <circle
                key={i}
                cx={point.x}
                cy={point.y}
                r={isEveryone ? 6 : 9}
                fill={line.color}
                fillOpacity={isEveryone ? 0.6 : 1}
                stroke="#ffffff"
                strokeWidth={3}
              />
            ))}
          </g>
        )
      })}
      {legendTop > (getLaneOffsets(props)[laneIndex] ?? 0) + 28 && (
        <g data-testid="persona-curve-legend">
          {lines.map((line, i) => {
            const y = legendTop + i * LEGEND_ROW + LEGEND_ROW / 2
            return (
              <g key={line.personaId || 'none'}>
                <line
                  x1={12}
                  x2={36}
                  y1={y}
                  y2={y}
                  stroke={line.color}
                  strokeWidth={line.personaId === '' ? 3 : 5}
                  strokeDasharray={line.personaId === '' ? '5 4' : undefined}
                />
                <circle cx={24} cy={y} r={6} fill={line.color} stroke="#ffffff" strokeWidth={2} />
                <text x={42} y={y + 6} fontSize={16} fill="#1f2328" fontWeight={600}>
                  {truncate(line.name, Math.max(4, Math.floor((props.headerW - 50) / LEGEND_GLYPH_W)))}
                </text>
              </g>
            )
          })}
        </g>
      )}
    </g>
  )
}

function truncate(name: string, maxChars: number): string {
  const chars = [...name]
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : name
}
