import {
  JOURNEY_GRID_TYPE,
  readDocDepartments,
  readStrategyDoc,
  type JourneyGridProps,
  type Locale,
} from '@cxmap/shared'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback } from 'react'
import { Box, Tldraw, type Editor, type TLShapeId } from 'tldraw'
import 'tldraw/tldraw.css'
import { setCardSvgDepartments } from '../journey/cards/cardSvg'
import { DepartmentsProvider } from '../journey/departments/DepartmentsContext'
import { JOURNEY_GRID_EDITOR_OPTIONS } from '../journey/grid/registerJourneyGrid'
import { setPersonaCardPersonas } from '../journey/personas/personaCardShape'
import { journeyShapeUtils } from '../journey/shapeUtils'
import type { BoardSession } from '../sync/session'
import { cropSvg } from './svgFrame'
import { TILE_CAPTION_PX } from './pageMetrics'
import {
  getTileWindows,
  isWholeTile,
  planPicturePages,
  type GridGeometry,
  type PicturePlan,
  type PictureTile,
  type Window,
} from './pictureTiles'

// Fonts, icons and translations come from this app's own origin, never from a CDN.
const assetUrls = getAssetUrlsByImport()

/** Shapes as an SVG string with its size. */
export interface BoardSvg {
  svg: string
  width: number
  height: number
}

/** One page of a grid's picture: its tile of the plan and the SVG pieces it is drawn from (one, or four in a 2 × 2 grid). */
export interface PicturePage {
  gridId: string
  geometry: GridGeometry
  plan: PicturePlan
  tile: PictureTile
  /** Framed SVG strings: the whole grid, or corner, stage headers, lane titles and cells. */
  pieces: string[]
  /** CSS pixel sizes of the pieces' columns and rows. */
  columns: number[]
  rows: number[]
}

/** The board as pictures: each journey grid of the page on its pages, and whatever lies outside every grid. */
export interface BoardPictures {
  pages: PicturePage[]
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
  box,
  onSvg,
}: {
  session: BoardSession
  licenseKey: string | null
  locale: Locale
  /** The page's content box (CSS px), which the grids' pictures are planned for. */
  box: { width: number; height: number }
  onSvg: (svg: BoardPictures | BoardSvgFailure | null) => void
}) {
  const handleMount = useCallback(
    (editor: Editor) => {
      editor.updateInstanceState({ isReadonly: true })
      // The cards' SVG names their departments; the export renders outside the board's React tree, so hand them over.
      setCardSvgDepartments(editor, new Map(readDocDepartments(session.doc, locale).map((d) => [d.id, d])))
      setPersonaCardPersonas(editor, new Map(readStrategyDoc(session.doc).personas.map((p) => [p.id, p])))
      let isCurrent = true
      void exportBoard(editor, box).then(
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
    [onSvg, session.doc, locale, box],
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

async function exportBoard(editor: Editor, box: { width: number; height: number }): Promise<BoardPictures | null> {
  const topIds = editor.getSortedChildIdsForParent(editor.getCurrentPageId())
  if (topIds.length === 0) return null
  const gridIds = topIds.filter((id) => editor.getShape(id)?.type === JOURNEY_GRID_TYPE)
  const pages: PicturePage[] = []
  for (const id of gridIds) pages.push(...(await exportGridPages(editor, id, topIds, box)))
  const gridBounds = gridIds.map((id) => editor.getShapePageBounds(id)).filter((bounds) => bounds !== undefined)
  const restIds = topIds.filter((id) => {
    const bounds = editor.getShapePageBounds(id)
    return (
      !gridIds.includes(id) && bounds !== undefined && !gridBounds.some((grid) => grid.containsPoint(bounds.center))
    )
  })
  const rest = restIds.length > 0 ? await editor.getSvgString(restIds, { background: true, padding: 48 }) : undefined
  return { pages, rest: rest ? { svg: rest.svg, width: rest.width, height: rest.height } : null }
}

/**
 * A grid's picture pages. Each piece is exported on its own with only the shapes that reach into it, so a page holds
 * its own cards and nothing hidden (the same windows repeat across pages: they are exported once).
 */
async function exportGridPages(
  editor: Editor,
  id: TLShapeId,
  topIds: TLShapeId[],
  box: { width: number; height: number },
): Promise<PicturePage[]> {
  const shape = editor.getShape(id)
  const bounds = editor.getShapePageBounds(id)
  if (!shape || !bounds) return []
  const props = shape.props as JourneyGridProps
  const geometry: GridGeometry = {
    x: bounds.x,
    y: bounds.y,
    headerW: props.headerW,
    headerH: props.headerH,
    stageWidths: props.stages.map((stage) => stage.w),
    laneHeights: props.lanes.map((lane) => lane.h),
  }
  const plan = planPicturePages(geometry, box, TILE_CAPTION_PX)
  const exported = new Map<string, string>()
  const exportWindow = async (window: Window): Promise<string> => {
    const key = `${window.x},${window.y},${window.w},${window.h}`
    const cached = exported.get(key)
    if (cached !== undefined) return cached
    const area = new Box(window.x, window.y, window.w, window.h)
    const ids = topIds.filter((other) => other === id || (editor.getShapePageBounds(other)?.collides(area) ?? false))
    // tldraw exports a lone frame-like shape (our grid) as its contents only, without the frame itself: naming the
    // grid twice keeps the header pieces, which hold nothing else, from coming out blank.
    const result = await editor.getSvgString(ids.length === 1 ? [id, id] : ids, {
      bounds: area,
      padding: 0,
      background: true,
    })
    const svg = result ? cropSvg(result.svg, window, plan.scale) : ''
    exported.set(key, svg)
    return svg
  }
  const pages: PicturePage[] = []
  for (const tile of plan.tiles) {
    const windows = getTileWindows(geometry, tile)
    // The grid's own frame, its title bar left out: the page's caption names the grid.
    const parts = isWholeTile(geometry, tile)
      ? [joinWindows(windows.corner, windows.body)]
      : [windows.corner, windows.top, windows.left, windows.body]
    const pieces: string[] = []
    for (const window of parts) pieces.push(await exportWindow(window))
    const columns = parts.length === 1 ? [parts[0]!.w] : [windows.left.w, windows.body.w]
    const rows = parts.length === 1 ? [parts[0]!.h] : [windows.top.h, windows.body.h]
    pages.push({
      gridId: id,
      geometry,
      plan,
      tile,
      pieces,
      columns: columns.map((w) => w * plan.scale),
      rows: rows.map((h) => h * plan.scale),
    })
  }
  return pages
}

/** The window spanning two others (the corner's top-left to the cells' bottom-right). */
function joinWindows(topLeft: Window, bottomRight: Window): Window {
  return {
    x: topLeft.x,
    y: topLeft.y,
    w: bottomRight.x + bottomRight.w - topLeft.x,
    h: bottomRight.y + bottomRight.h - topLeft.y,
  }
}
