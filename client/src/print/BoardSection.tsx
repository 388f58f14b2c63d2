import type { JourneyGridOut } from '@cxmap/shared'
import { useMemo } from 'react'
import type { BoardPictures, BoardSvg, BoardSvgFailure, GridPicture } from './BoardSnapshot'
import type { PrintT } from './i18n'
import { TILE_CAPTION_PX } from './pageMetrics'
import { getTileWindows, planGridPicture, type PicturePlan, type PictureTile, type Window } from './pictureTiles'
import type { SectionEntry } from './printModel'
import { SectionHeading } from './Section'

/** Height kept under a caption for the (up to two) lines saying a picture is printed smaller than readable. */
const NOTE_PX = 40
/** Slack under a picture: one pixel too many would push it onto a page of its own. */
const SLACK_PX = 12

/** One sheet of the board section: a piece of a grid's picture, or the shapes outside the grids. */
type BoardPage =
  | { kind: 'grid'; picture: GridPicture; grid: JourneyGridOut | undefined; plan: PicturePlan; tile: PictureTile }
  | { kind: 'rest'; svg: BoardSvg }

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
  const pages = useMemo(() => (svg && !('failed' in svg) ? listPages(svg, grids, box) : []), [svg, grids, box])
  if (pages.length === 0) {
    return (
      <section className="print-sheet print-section print-board" data-section={entry.id}>
        <SectionHeading entry={entry} t={t} />
        <p className="print-empty">{t(svg && 'failed' in svg ? 'empty.boardFailed' : 'empty.board')}</p>
      </section>
    )
  }
  return (
    <>
      {pages.map((page, index) => (
        <section
          key={page.kind === 'grid' ? `${page.picture.id}-${page.tile.stages[0]}-${page.tile.lanes[0]}` : 'rest'}
          className="print-sheet print-section print-board print-tile"
          data-section={index === 0 ? entry.id : undefined}
        >
          {index === 0 ? <SectionHeading entry={entry} t={t} /> : null}
          {page.kind === 'grid' ? <GridPicturePage page={page} t={t} /> : <RestPage svg={page.svg} box={box} t={t} />}
        </section>
      ))}
    </>
  )
}

function listPages(pictures: BoardPictures, grids: JourneyGridOut[], box: { width: number; height: number }) {
  const pages: BoardPage[] = []
  const room = { width: box.width, height: box.height - TILE_CAPTION_PX - SLACK_PX }
  for (const picture of pictures.grids) {
    const plan = planGridPicture(picture.geometry, room)
    const fitted = plan.isReadable
      ? plan
      : planGridPicture(picture.geometry, { ...room, height: room.height - NOTE_PX })
    const grid = grids.find((candidate) => candidate.id === picture.id)
    for (const tile of fitted.tiles) pages.push({ kind: 'grid', picture, grid, plan: fitted, tile })
  }
  if (pictures.rest) pages.push({ kind: 'rest', svg: pictures.rest })
  return pages
}

function GridPicturePage({ page, t }: { page: Extract<BoardPage, { kind: 'grid' }>; t: PrintT }) {
  const { picture, plan, tile, grid } = page
  const index = plan.tiles.indexOf(tile)
  const stageCount = picture.geometry.stageWidths.length
  const laneCount = picture.geometry.laneHeights.length
  const parts: string[] = []
  if (tile.stages[1] - tile.stages[0] < stageCount) parts.push(describeRange('stages', tile.stages, stageCount, t))
  if (tile.lanes[1] - tile.lanes[0] < laneCount) parts.push(describeRange('lanes', tile.lanes, laneCount, t))
  if (plan.tiles.length > 1) parts.push(`${index + 1}/${plan.tiles.length}`)
  return (
    <>
      <h2 className="print-tile-caption">
        {grid?.title.trim() || t('untitledGrid')}
        {parts.length > 0 ? <span className="print-tile-span"> · {parts.join(' · ')}</span> : null}
      </h2>
      {plan.isReadable ? null : <p className="print-picture-note">{t('board.tooSmall')}</p>}
      <TilePicture picture={picture} tile={tile} scale={plan.scale} />
    </>
  )
}

function describeRange(kind: 'stages' | 'lanes', [from, to]: [number, number], total: number, t: PrintT): string {
  const single = kind === 'stages' ? 'grid.stage' : 'grid.lane'
  if (to - from === 1) return t(single, { from: from + 1, total })
  return t(`grid.${kind}`, { from: from + 1, to, total })
}

/** A tile drawn from four windows of the grid's SVG: corner, stage headers, lane titles, cells. */
function TilePicture({ picture, tile, scale }: { picture: GridPicture; tile: PictureTile; scale: number }) {
  const windows = getTileWindows(picture.geometry, tile)
  const pieces = useMemo(
    () =>
      [windows.corner, windows.top, windows.left, windows.body].map((window) => cropSvg(picture.svg, window, scale)),
    [picture.svg, windows.corner, windows.top, windows.left, windows.body, scale],
  )
  return (
    <div
      className="print-picture"
      style={{
        gridTemplateColumns: `${windows.left.w * scale}px ${windows.body.w * scale}px`,
        gridTemplateRows: `${windows.top.h * scale}px ${windows.body.h * scale}px`,
      }}
    >
      {pieces.map((html, index) => (
        <div key={index} className="print-picture-piece" dangerouslySetInnerHTML={{ __html: html }} />
      ))}
    </div>
  )
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

/** Rewrites the root `<svg>`'s width and height so it fits the box, keeping its viewBox (and so its proportions). */
export function fitSvg(svg: BoardSvg, width: number, height: number): string {
  const scale = Math.min(width / svg.width, height / svg.height)
  return setSvgFrame(svg.svg, Math.floor(svg.width * scale), Math.floor(svg.height * scale))
}

/** Shows only `window` (page coordinates, as tldraw's viewBox) of an SVG, at `scale` CSS pixels per unit. */
export function cropSvg(svg: string, window: Window, scale: number): string {
  return setSvgFrame(svg, window.w * scale, window.h * scale, `${window.x} ${window.y} ${window.w} ${window.h}`)
}

function setSvgFrame(svg: string, w: number, h: number, viewBox?: string): string {
  return svg.replace(/<svg\b([^>]*)>/, (_match, attributes: string) => {
    let rest = attributes.replace(/\s(width|height)="[^"]*"/g, '')
    if (viewBox) rest = rest.replace(/\sviewBox="[^"]*"/, '') + ` viewBox="${viewBox}"`
    // tldraw's `tl-container` class sizes the root to its parent: an inline size wins over it.
    const style = /\sstyle="([^"]*)"/.exec(rest)?.[1] ?? ''
    const others = rest.replace(/\sstyle="[^"]*"/, '')
    return `<svg${others} width="${w}" height="${h}" style="${style}; width: ${w}px; height: ${h}px; flex: none">`
  })
}
