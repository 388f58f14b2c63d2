import type { JourneyGridOut } from '@cxmap/shared'
import { Fragment, useMemo } from 'react'
import type { PrintT } from './i18n'
import { getTileMetrics, estimateCardHeight } from './pageMetrics'
import { formatCardMeta, PrintCard } from './PrintCard'
import { getCellCards, type SectionEntry } from './printModel'
import { SectionHeading } from './Section'
import { tileGrid, type Tile } from './tiling'
import type { PrintOptions } from '@cxmap/shared'

/** Each journey grid tiled across pages: a table per page, stage headers and lane titles repeated on every page. */
export function GridSection({
  entry,
  grids,
  options,
  t,
}: {
  entry: SectionEntry
  grids: JourneyGridOut[]
  options: PrintOptions
  t: PrintT
}) {
  const pages = useMemo(() => {
    const metrics = getTileMetrics(options.size, options.orientation)
    return grids.flatMap((grid) => {
      const lanes = grid.lanes.map((lane) => ({
        cardHeights: (width: number) =>
          grid.stages.map((stage) =>
            getCellCards(grid, stage.id, lane.id).map((card) =>
              estimateCardHeight(card, width, formatCardMeta(card, t)),
            ),
          ),
      }))
      const tiles = tileGrid(grid.stages.length, lanes, metrics)
      return tiles.map((tile, index) => ({ grid, tile, index, total: tiles.length }))
    })
  }, [grids, options.size, options.orientation, t])

  if (entry.isEmpty) {
    return (
      <section className="print-sheet print-section" data-section={entry.id}>
        <SectionHeading entry={entry} t={t} />
        <p className="print-empty">{t('empty.grids')}</p>
      </section>
    )
  }
  return (
    <>
      {pages.map(({ grid, tile, index, total }, page) => (
        <section
          key={`${grid.id}-${index}`}
          className="print-sheet print-section print-tile"
          data-section={page === 0 ? entry.id : undefined}
        >
          {page === 0 ? <SectionHeading entry={entry} t={t} /> : null}
          <h2 className="print-tile-caption">
            {grid.title}
            <span className="print-tile-span">
              {' '}
              · {describeTile(grid, tile, t)}
              {total > 1 ? ` · ${index + 1}/${total}` : ''}
            </span>
          </h2>
          <TileTable grid={grid} tile={tile} t={t} />
        </section>
      ))}
    </>
  )
}

function describeTile(grid: JourneyGridOut, tile: Tile, t: PrintT): string {
  const first = (tile.stages[0] ?? 0) + 1
  const last = (tile.stages.at(-1) ?? 0) + 1
  const total = grid.stages.length
  if (tile.stages.length === total) return grid.stages.map((stage) => stage.title).join(' → ')
  return first === last ? t('grid.stage', { from: first, total }) : t('grid.stages', { from: first, to: last, total })
}

function TileTable({ grid, tile, t }: { grid: JourneyGridOut; tile: Tile; t: PrintT }) {
  const stages = tile.stages.map((index) => grid.stages[index]).filter((stage) => stage !== undefined)
  return (
    <table className="print-grid">
      <colgroup>
        <col style={{ width: 110 }} />
        {stages.map((stage) => (
          <col key={stage.id} style={{ width: tile.stageWidth }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="print-grid-corner" />
          {stages.map((stage) => (
            <th key={stage.id} className="print-grid-stage">
              <span className="print-grid-stage-number">{stage.index + 1}</span> {stage.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tile.rows.map((row) => {
          const lane = grid.lanes[row.laneIndex]
          if (!lane) return null
          return (
            <tr key={`${lane.id}-${row.part}`}>
              <th className="print-grid-lane" scope="row">
                {lane.title}
                {row.part > 0 ? <span className="print-continued"> ({t('continued')})</span> : null}
              </th>
              {stages.map((stage, column) => {
                const [from, to] = row.ranges[column] ?? [0, 0]
                const cards = getCellCards(grid, stage.id, lane.id).slice(from, to)
                return (
                  <td key={stage.id} className="print-grid-cell">
                    {cards.map((card) => (
                      <Fragment key={card.id}>
                        <PrintCard card={card} t={t} />
                      </Fragment>
                    ))}
                  </td>
                )
              })}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
