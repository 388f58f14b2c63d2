import type { JourneyGridOut } from '@cxmap/shared'
import { useMemo } from 'react'
import type { BoardPictures, BoardSvg, BoardSvgFailure, PicturePage } from './BoardSnapshot'
import type { PrintT } from './i18n'
import { TILE_CAPTION_PX } from './pageMetrics'
import type { SectionEntry } from './printModel'
import { SectionHeading } from './Section'
import { fitSvg } from './svgFrame'

/** One sheet of the board section: a page of a grid's picture, or the shapes outside the grids. */
type BoardPage = { kind: 'grid'; page: PicturePage } | { kind: 'rest'; svg: BoardSvg }

/**
 * The board as drawn: each journey grid on its own page when it reads there, else cut into readable pages that repeat
 * the lane titles and stage headers (vector, text selectable); then the shapes outside the grids on one page.
 */
export function BoardSection({
  entry,
  svg,
  grids,
  box,
  t,
}: {
  entry: SectionEntry
  svg: BoardPictures | BoardSvgFailure | null
  grids: JourneyGridOut[]
  box: { width: number; height: number }
  t: PrintT
}) {
  const sheets = useMemo((): BoardPage[] => {
    if (!svg || 'failed' in svg) return []
    const pages = svg.pages.map((page): BoardPage => ({ kind: 'grid', page }))
    return svg.rest ? [...pages, { kind: 'rest', svg: svg.rest }] : pages
  }, [svg])
  if (sheets.length === 0) {
    return (
      <section className="print-sheet print-section print-board" data-section={entry.id}>
        <SectionHeading entry={entry} t={t} />
        <p className="print-empty">{t(svg && 'failed' in svg ? 'empty.boardFailed' : 'empty.board')}</p>
      </section>
    )
  }
  return (
    <>
      {sheets.map((sheet, index) => (
        <section
          key={
            sheet.kind === 'grid'
              ? `${sheet.page.gridId}-${sheet.page.tile.stages[0]}-${sheet.page.tile.lanes[0]}`
              : 'rest'
          }
          className="print-sheet print-section print-board print-tile"
          data-section={index === 0 ? entry.id : undefined}
        >
          {index === 0 ? <SectionHeading entry={entry} t={t} /> : null}
          {sheet.kind === 'grid' ? (
            <GridPicturePage page={sheet.page} grid={grids.find((grid) => grid.id === sheet.page.gridId)} t={t} />
          ) : (
            <RestPage svg={sheet.svg} box={box} t={t} />
          )}
        </section>
      ))}
    </>
  )
}

function GridPicturePage({ page, grid, t }: { page: PicturePage; grid: JourneyGridOut | undefined; t: PrintT }) {
  const { plan, tile, geometry } = page
  const stageCount = geometry.stageWidths.length
  const laneCount = geometry.laneHeights.length
  const parts: string[] = []
  if (tile.stages[1] - tile.stages[0] < stageCount) parts.push(describeRange('stages', tile.stages, stageCount, t))
  if (tile.lanes[1] - tile.lanes[0] < laneCount) parts.push(describeRange('lanes', tile.lanes, laneCount, t))
  if (plan.tiles.length > 1) parts.push(`${plan.tiles.indexOf(tile) + 1}/${plan.tiles.length}`)
  return (
    <>
      <h2 className="print-tile-caption">
        {grid?.title.trim() || t('untitledGrid')}
        {parts.length > 0 ? <span className="print-tile-span"> · {parts.join(' · ')}</span> : null}
      </h2>
      {plan.isReadable ? null : <p className="print-picture-note">{t('board.tooSmall')}</p>}
      <div
        className="print-picture"
        style={{
          gridTemplateColumns: page.columns.map((w) => `${w}px`).join(' '),
          gridTemplateRows: page.rows.map((h) => `${h}px`).join(' '),
        }}
      >
        {page.pieces.map((html, index) => (
          <div key={index} className="print-picture-piece" dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </div>
    </>
  )
}

function describeRange(kind: 'stages' | 'lanes', [from, to]: [number, number], total: number, t: PrintT): string {
  if (to - from === 1) return t(kind === 'stages' ? 'grid.stage' : 'grid.lane', { from: from + 1, total })
  return t(`grid.${kind}`, { from: from + 1, to, total })
}

function RestPage({ svg, box, t }: { svg: BoardSvg; box: { width: number; height: number }; t: PrintT }) {
  const fitted = useMemo(() => fitSvg(svg, box.width, box.height - TILE_CAPTION_PX), [svg, box])
  return (
    <>
      <h2 className="print-tile-caption">{t('board.outside')}</h2>
      <div className="print-board-svg" dangerouslySetInnerHTML={{ __html: fitted }} />
    </>
  )
}
