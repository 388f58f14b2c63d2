import { JOURNEY_GRID_TYPE, readDocDepartments, type JourneyGridProps, type Locale } from '@cxmap/shared'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback } from 'react'
import { Box, Tldraw, type Editor, type TLShapeId } from 'tldraw'
import 'tldraw/tldraw.css'
import { setCardSvgDepartments } from '../journey/cards/cardSvg'
import { DepartmentsProvider } from '../journey/departments/DepartmentsContext'
import { JOURNEY_GRID_EDITOR_OPTIONS } from '../journey/grid/registerJourneyGrid'
import { journeyShapeUtils } from '../journey/shapeUtils'
import type { BoardSession } from '../sync/session'
import { PICTURE_MARGIN, type GridGeometry } from './pictureTiles'

// Fonts, icons and translations come from this app's own origin, never from a CDN.
const assetUrls = getAssetUrlsByImport()

/** Shapes as an SVG string with its size. */
export interface BoardSvg {
  svg: string
  width: number
  height: number
}

/** One journey grid drawn with what lies on it; the SVG's viewBox is in page coordinates (`geometry`'s too). */
export interface GridPicture {
  id: string
  svg: string
  geometry: GridGeometry
}

/** The board as pictures: each journey grid of the page on its own, and whatever lies outside every grid. */
export interface BoardPictures {
  grids: GridPicture[]
  rest: BoardSvg | null
}

/** The board picture could not be made (tldraw's export threw): the section says so instead of "empty". */
export interface BoardSvgFailure {
  failed: true
}

/**
 * A hidden, read-only tldraw editor on the session's store, only there to export the current page's grids and the
 * shapes outside them as SVG. Journey
 * grids and cards draw themselves as native SVG (`toSvg`: real `<text>`, selectable in the PDF); other shapes are
 * tldraw's own.
 */
export function BoardSnapshot({
  session,
  licenseKey,
  locale,
  onSvg,
}: {
  session: BoardSession
  licenseKey: string | null
  locale: Locale
  onSvg: (svg: BoardPictures | BoardSvgFailure | null) => void
}) {
  const handleMount = useCallback(
    (editor: Editor) => {
      editor.updateInstanceState({ isReadonly: true })
      // The cards' SVG names their departments; the export renders outside the board's React tree, so hand them over.
      setCardSvgDepartments(editor, new Map(readDocDepartments(session.doc, locale).map((d) => [d.id, d])))
      let isCurrent = true
      void exportBoard(editor).then(
        (svg) => isCurrent && onSvg(svg),
        (error: unknown) => {
          console.error('[cxmap] the board picture could not be exported', error)
          if (isCurrent) onSvg({ failed: true })
        },
      )
      return () => {
        isCurrent = false
      }
    },
    [onSvg, session.doc, locale],
  )
  return (
    <div className="print-offscreen" aria-hidden="true">
      <DepartmentsProvider doc={session.doc} locale={locale} canEdit={false}>
        <Tldraw
          store={session.store}
          shapeUtils={journeyShapeUtils}
          assetUrls={assetUrls}
          licenseKey={licenseKey ?? undefined}
          options={JOURNEY_GRID_EDITOR_OPTIONS}
          hideUi
          onMount={handleMount}
        />
      </DepartmentsProvider>
    </div>
  )
}

async function exportBoard(editor: Editor): Promise<BoardPictures | null> {
  const topIds = editor.getSortedChildIdsForParent(editor.getCurrentPageId())
  if (topIds.length === 0) return null
  const boundsOf = (id: TLShapeId) => editor.getShapePageBounds(id)
  const gridIds = topIds.filter((id) => editor.getShape(id)?.type === JOURNEY_GRID_TYPE)
  const grids: GridPicture[] = []
  for (const id of gridIds) {
    const shape = editor.getShape(id)
    const bounds = boundsOf(id)
    if (!shape || !bounds) continue
    const props = shape.props as JourneyGridProps
    const geometry: GridGeometry = {
      x: bounds.x,
      y: bounds.y,
      headerW: props.headerW,
      headerH: props.headerH,
      stageWidths: props.stages.map((stage) => stage.w),
      laneHeights: props.lanes.map((lane) => lane.h),
    }
    // The grid's own frame, its title bar left out: the page's caption names the grid.
    const window = new Box(
      bounds.x - PICTURE_MARGIN,
      bounds.y - PICTURE_MARGIN,
      bounds.w + 2 * PICTURE_MARGIN,
      bounds.h + 2 * PICTURE_MARGIN,
    )
    const ids = topIds.filter((other) => other === id || (boundsOf(other)?.collides(window) ?? false))
    const result = await editor.getSvgString(ids, { bounds: window, padding: 0, background: true, scale: 1 })
    if (result) grids.push({ id, svg: result.svg, geometry })
  }
  const gridBounds = gridIds.map(boundsOf).filter((box) => box !== undefined)
  const restIds = topIds.filter((id) => {
    const box = boundsOf(id)
    return !gridIds.includes(id) && box !== undefined && !gridBounds.some((grid) => grid.containsPoint(box.center))
  })
  const rest =
    restIds.length > 0 ? await editor.getSvgString(restIds, { background: true, padding: 48, scale: 1 }) : undefined
  return { grids, rest: rest ? { svg: rest.svg, width: rest.width, height: rest.height } : null }
}
