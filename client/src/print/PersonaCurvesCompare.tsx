import type { JourneyGridOut } from '@cxmap/shared'
import { createPersonasT } from '../journey/personas/strings'
import { EmotionCurveSvg } from './EmotionCurveSvg'
import type { PrintT } from './i18n'
import type { PrintPersonaCurve } from './personaCurves'

/** The persona-split emotion curves of the as-is journey and of the to-be map side by side. */
export function PersonaCurvesCompare({
  asIs,
  toBe,
  curvesByGrid,
  t,
}: {
  asIs: JourneyGridOut
  toBe: JourneyGridOut
  curvesByGrid: ReadonlyMap<string, PrintPersonaCurve[]>
  t: PrintT
}) {
  const pt = createPersonasT(t.lang)
  return (
    <div className="print-block print-curve-pair" data-testid="print-persona-compare">
      <h2>{pt('curveLegend')}</h2>
      <div className="print-curve-pair__row">
        {[
          { grid: asIs, label: pt('asIs') },
          { grid: toBe, label: pt('toBe') },
        ].map(({ grid, label }) => (
          <figure key={grid.id} className="print-figure print-curve-pair__item">
            <figcaption>
              <strong>{label}</strong> · {grid.title}
            </figcaption>
            <EmotionCurveSvg
              grid={grid}
              label={`${t('journey.emotion')}: ${label}`}
              lang={t.lang}
              curves={curvesByGrid.get(grid.id)}
            />
          </figure>
        ))}
      </div>
    </div>
  )
}
