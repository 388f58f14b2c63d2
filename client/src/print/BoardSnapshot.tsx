import { readDocDepartments, type Locale } from '@cxmap/shared'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback } from 'react'
import { Tldraw, type Editor } from 'tldraw'
import 'tldraw/tldraw.css'
import { setCardSvgDepartments } from '../journey/cards/cardSvg'
import { DepartmentsProvider } from '../journey/departments/DepartmentsContext'
import { JOURNEY_GRID_EDITOR_OPTIONS } from '../journey/grid/registerJourneyGrid'
import { journeyShapeUtils } from '../journey/shapeUtils'
import type { BoardSession } from '../sync/session'

// Fonts, icons and translations come from this app's own origin, never from a CDN.
const assetUrls = getAssetUrlsByImport()

/** The whole board as an SVG string with its size, or null for an empty board. */
export interface BoardSvg {
  svg: string
  width: number
  height: number
}

/** The board picture could not be made (tldraw's export threw): the section says so instead of "empty". */
export interface BoardSvgFailure {
  failed: true
}

/**
 * A hidden, read-only tldraw editor on the session's store, only there to export the current page as SVG. Journey
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
  onSvg: (svg: BoardSvg | BoardSvgFailure | null) => void
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

async function exportBoard(editor: Editor): Promise<BoardSvg | null> {
  const ids = [...editor.getCurrentPageShapeIds()]
  if (ids.length === 0) return null
  // The grids draw their title bar 40 units above their bounds: the padding keeps it on the page.
  const result = await editor.getSvgString(ids, { background: true, padding: 48, scale: 1 })
  return result ? { svg: result.svg, width: result.width, height: result.height } : null
}
