import type { GridPersonaCurves, Persona } from '@cxmap/shared'
import type { StrategyT } from '../i18n'

const WIDTH = 280
const HEIGHT = 110
const PAD = 14
const EVERYONE_COLOR = '#5f6874'

/** One grid's emotion curves, a line per persona (everyone in grey, dashed), feeling scores −2…+2 over its stages. */
export function CurveChart({
  grid,
  personas,
  t,
}: {
  grid: GridPersonaCurves
  personas: ReadonlyMap<string, Persona>
  t: StrategyT
}) {
  const stageCount = Math.max(1, ...grid.curves.map((curve) => curve.points.length))
  const x = (index: number) => PAD + (stageCount === 1 ? 0 : (index * (WIDTH - 2 * PAD)) / (stageCount - 1))
  const y = (score: number) => HEIGHT / 2 - (Math.max(-2, Math.min(2, score)) * (HEIGHT / 2 - PAD)) / 2
  const label = (personaId: string) => (personaId ? (personas.get(personaId)?.name ?? '') : t('body.everyone'))
  return (
    <figure className="st-curve" data-testid={`strategy-curve-${grid.gridId}`}>
      <figcaption>
        {grid.gridTitle} · {t(grid.state === 'to-be' ? 'body.toBe' : 'body.asIs')}
      </figcaption>
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={grid.gridTitle}>
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke="#dde1e6" />
        {grid.curves.map((curve) => {
          const color = curve.personaId ? (personas.get(curve.personaId)?.color ?? EVERYONE_COLOR) : EVERYONE_COLOR
          const points = curve.points.flatMap((point, index) =>
            point.score === null ? [] : [`${x(index).toFixed(1)},${y(point.score).toFixed(1)}`],
          )
          return (
            <polyline
              key={curve.personaId}
              points={points.join(' ')}
              fill="none"
              stroke={color}
              strokeWidth={2}
              strokeDasharray={curve.personaId ? undefined : '4 3'}
            />
          )
        })}
      </svg>
      <ul className="st-curve__legend">
        {grid.curves.map((curve) => (
          <li key={curve.personaId}>
            <span
              className="st-curve__swatch"
              style={{
                background: curve.personaId ? (personas.get(curve.personaId)?.color ?? EVERYONE_COLOR) : EVERYONE_COLOR,
              }}
            />
            {label(curve.personaId)}
          </li>
        ))}
      </ul>
    </figure>
  )
}
