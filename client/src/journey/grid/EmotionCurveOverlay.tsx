import { getGridHeight, getGridWidth } from '@cxmap/shared'
import { useEffect } from 'react'
import { useEditor, useValue, type TLShapeId } from 'tldraw'
import { usePersonaLines } from '../personas/usePersonaLines.ts'
import { EmotionCurves } from './EmotionCurve.tsx'
import { isJourneyGrid } from './gridCards.ts'
import { getGridStats } from './gridDerived.ts'
import { useGridUiStore } from './gridUiStore.ts'

// Above every shape of the canvas layer (tldraw gives shapes z-indices by their order on the page).
const ABOVE_SHAPES_Z_INDEX = 1_000_000

/**
 * The emotion curves of every grid of the page drawn above the cards (a grid, being a backdrop, can only draw it
 * under them, where the feeling cards hide most of it). For tldraw's `OnTheCanvas` slot; while it is mounted the
 * grids leave the curve to it.
 */
export function EmotionCurveOverlay() {
  const editor = useEditor()
  const idsKey = useValue(
    'cx-grid curve overlay ids',
    () =>
      editor
        .getCurrentPageShapes()
        .filter(isJourneyGrid)
        .map((grid) => grid.id)
        .join(' '),
    [editor],
  )
  useEffect(() => useGridUiStore.getState().mountCurveOverlay(), [])
  if (!idsKey) return null
  return idsKey.split(' ').map((id) => <GridCurve key={id} id={id as TLShapeId} />)
}

function GridCurve({ id }: { id: TLShapeId }) {
  const editor = useEditor()
  const grid = useValue('cx-grid curve grid', () => editor.getShape(id), [editor, id])
  const emotion = useValue('cx-grid curve emotion', () => (grid ? getGridStats(editor, grid).emotion : {}), [
    editor,
    grid,
  ])
  const personaLines = usePersonaLines(id, isJourneyGrid(grid) ? grid.props : null)
  if (!isJourneyGrid(grid) || Object.keys(emotion).length === 0) return null
  return (
    <div
      style={{
        position: 'absolute',
        left: grid.x,
        top: grid.y,
        width: getGridWidth(grid.props),
        height: getGridHeight(grid.props),
        zIndex: ABOVE_SHAPES_Z_INDEX,
        pointerEvents: 'none',
        opacity: grid.opacity,
      }}
    >
      <EmotionCurves
        props={grid.props}
        emotion={emotion}
        width={getGridWidth(grid.props)}
        height={getGridHeight(grid.props)}
        stageLeft={grid.props.headerW}
        isOverCards
        personaLines={personaLines}
      />
    </div>
  )
}
