import { Fragment } from 'react'
import { useRoadmapT } from '../i18n'
import type { QuarterRef, TimelineBand, TimelineColumn } from './timelineModel'

/** The grid behind the bars: quarter headings, column lines, the drop target and a tinted band per wave. */
export function TimelineBackdrop({
  columns,
  bands,
  rowCount,
  current,
  dropColumn,
}: {
  columns: readonly TimelineColumn[]
  bands: readonly TimelineBand[]
  rowCount: number
  current: QuarterRef
  dropColumn: number | null
}) {
  const t = useRoadmapT()
  return (
    <>
      <div className="rm-tl__corner" style={{ gridRow: 1, gridColumn: 1 }} />
      {columns.map((column, index) => (
        <Fragment key={column ? `${column.year}-${column.quarter}` : 'none'}>
          <ColumnHeader column={column} index={index} isCurrent={isSameQuarter(column, current)} />
          <div
            className={columnClassName(column, index, dropColumn === index)}
            style={{ gridRow: `2 / ${rowCount + 2}`, gridColumn: index + 2 }}
            aria-hidden="true"
          />
        </Fragment>
      ))}
      {bands.map((band) => {
        const gridRow = `${band.firstRow + 2} / span ${band.rowCount}`
        return (
          <Fragment key={band.wave}>
            <div
              className={`rm-tl__band rm-tl__band--wave-${band.wave}`}
              style={{ gridRow, gridColumn: '1 / -1' }}
              aria-hidden="true"
            />
            <div className={`rm-tl__wave rm-tl__wave--${band.wave}`} style={{ gridRow, gridColumn: 1 }}>
              <span className="rm-tl__wave-name">{t(`common.waveShort.${band.wave}`)}</span>
              <span className="rm-tl__wave-goal">{t(`timeline.waveGoal.${band.wave}`)}</span>
            </div>
          </Fragment>
        )
      })}
    </>
  )
}

function ColumnHeader({ column, index, isCurrent }: { column: TimelineColumn; index: number; isCurrent: boolean }) {
  const t = useRoadmapT()
  return (
    <div
      className={column ? 'rm-tl__head' : 'rm-tl__head rm-tl__head--none'}
      style={{ gridRow: 1, gridColumn: index + 2 }}
      data-column={index}
      title={column ? undefined : t('timeline.noHorizonHint')}
    >
      {column ? t('common.quarter', { quarter: column.quarter, year: column.year }) : t('common.noHorizon')}
      {isCurrent && (
        <span className="rm-tl__now" title={t('timeline.currentQuarter')}>
          {t('timeline.now')}
        </span>
      )}
    </div>
  )
}

function columnClassName(column: TimelineColumn, index: number, isDropTarget: boolean): string {
  return [
    'rm-tl__column',
    !column && 'rm-tl__column--none',
    column?.quarter === 1 && index > 0 && 'rm-tl__column--year-start',
    isDropTarget && 'rm-tl__column--drop',
  ]
    .filter(Boolean)
    .join(' ')
}

function isSameQuarter(column: TimelineColumn, quarter: QuarterRef): boolean {
  return column?.year === quarter.year && column.quarter === quarter.quarter
}
