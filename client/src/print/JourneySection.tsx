import { readPersonaCurves, type Journey } from '@cxmap/shared'
import { useMemo } from 'react'
import { useBoardPersonas } from '../journey/personas/PersonasContext'
import { createPersonasT } from '../journey/personas/strings'
import { EmotionCurveSvg } from './EmotionCurveSvg'
import type { PrintT } from './i18n'
import { formatCardMeta, formatScore } from './PrintCard'
import { PersonaCurvesCompare } from './PersonaCurvesCompare'
import { pickCurvePair, toPrintCurves } from './personaCurves'
import { getCellCards, type SectionEntry } from './printModel'
import { Section } from './Section'
import { formatStageMetrics } from './stageMetrics'

/** The journey as text: per grid, the emotion curve, then stage by stage every lane's cards with their details. */
export function JourneySection({ entry, journey, t }: { entry: SectionEntry; journey: Journey; t: PrintT }) {
  const { grids, freeCards } = journey
  const personas = useBoardPersonas()?.personas
  const { curvesByGrid, pair } = useMemo(() => {
    const everyone = createPersonasT(t.lang)('everyone')
    const states = readPersonaCurves(journey, personas ?? [])
    const byGrid = new Map(states.map((curves) => [curves.gridId, curves]))
    const curves = new Map(grids.map((grid) => [grid.id, toPrintCurves(byGrid.get(grid.id), personas ?? [], everyone)]))
    return { curvesByGrid: curves, pair: pickCurvePair(states, curves) }
  }, [journey, grids, personas, t.lang])
  const asIs = pair && grids.find((grid) => grid.id === pair.asIs)
  const toBe = pair && grids.find((grid) => grid.id === pair.toBe)
  return (
    <Section entry={entry} t={t}>
      {asIs && toBe && <PersonaCurvesCompare asIs={asIs} toBe={toBe} curvesByGrid={curvesByGrid} t={t} />}
      {grids.map((grid) => (
        <div key={grid.id} className="print-block">
          <h2>{grid.title}</h2>
          {grid.emotion.some((point) => point.score !== null) ? (
            <figure className="print-figure">
              <EmotionCurveSvg
                grid={grid}
                label={t('journey.emotion')}
                lang={t.lang}
                curves={curvesByGrid.get(grid.id)}
              />
              <figcaption>
                {t('journey.emotion')}:{' '}
                {grid.stages
                  .map((stage, index) => {
                    const score = grid.emotion[index]?.score
                    return `${stage.title} ${score === null || score === undefined ? '—' : formatScore(score, t.lang)}`
                  })
                  .join(' · ')}
              </figcaption>
            </figure>
          ) : null}
          {grid.stages.map((stage) => {
            const metrics = formatStageMetrics(stage.metrics, t)
            const lanes = grid.lanes
              .map((lane) => ({ lane, cards: getCellCards(grid, stage.id, lane.id) }))
              .filter(({ cards }) => cards.length > 0)
            return (
              <div key={stage.id} className="print-stage">
                <h3>
                  {stage.index + 1}. {stage.title}
                </h3>
                {metrics ? (
                  <p className="print-metrics">
                    {t('journey.metrics')}: {metrics}
                  </p>
                ) : null}
                {lanes.length === 0 ? <p className="print-muted">{t('journey.nothing')}</p> : null}
                {lanes.map(({ lane, cards }) => (
                  <div key={lane.id} className="print-lane-text">
                    <h4>{lane.title}</h4>
                    <ul>
                      {cards.map((card) => (
                        <li key={card.id}>
                          {card.text.trim() || '—'} <span className="print-muted">({formatCardMeta(card, t)})</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      ))}
      {freeCards.length > 0 ? (
        <div className="print-block">
          <h2>{t('grid.freeCards')}</h2>
          <ul>
            {freeCards.map((card) => (
              <li key={card.id}>
                {card.text.trim() || '—'} <span className="print-muted">({formatCardMeta(card, t)})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  )
}
