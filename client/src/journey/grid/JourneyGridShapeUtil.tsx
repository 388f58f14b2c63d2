import {
  JOURNEY_GRID_TYPE,
  createDefaultGridProps,
  getGridHeight,
  getGridWidth,
  journeyGridMigrations,
  journeyGridProps,
} from '@cxmap/shared'
import { Group2d, HTMLContainer, Rectangle2d, ShapeUtil, type TLShape, type TLShapePartial, type VecLike } from 'tldraw'
import { JourneyGrid } from './JourneyGrid.tsx'
import { GridSvg } from './gridSvg.tsx'
import { createCardInCellAt } from './gridCellCard.ts'
import { areGridsLockedByWorkshop } from './gridLock.ts'
import { getGridPartAt, GRID_TITLE_BAR_H } from './gridLayout.ts'
import type { JourneyGridShape } from './gridProps.ts'
import { useGridUiStore } from './gridUiStore.ts'
import './grid.css'

export type { JourneyGridShape } from './gridProps.ts'

/** The grid's body: hit near its outline only, never inside, even while the grid is selected. */
class HollowRectangle2d extends Rectangle2d {
  override hitTestPoint(point: VecLike, margin = 0) {
    return super.hitTestPoint(point, margin, false)
  }
}

/**
 * The journey grid: stages as columns, lanes as rows. It is a backdrop: cards stay children of the page and sit over
 * it; a press on a cell reaches the canvas (brush selection), only the title bar and headers grab the grid. Its size
 * follows from its stages and lanes, so it has no resize or rotate handles.
 */
export class JourneyGridShapeUtil extends ShapeUtil<JourneyGridShape> {
  static override type = JOURNEY_GRID_TYPE
  static override props = journeyGridProps
  static override migrations = journeyGridMigrations

  override getDefaultProps(): JourneyGridShape['props'] {
    return createDefaultGridProps()
  }

  // Frame-like: tldraw hits the labels (title bar, header row, lane column) and lets presses on the hollow body
  // through to the canvas, and a brush selects the grid only when it wraps it whole.
  override isFrameLike() {
    return true
  }

  override getGeometry(shape: JourneyGridShape) {
    const { props } = shape
    const width = getGridWidth(props)
    const height = getGridHeight(props)
    return new Group2d({
      children: [
        new HollowRectangle2d({ width, height, isFilled: false }),
        new Rectangle2d({
          y: -GRID_TITLE_BAR_H,
          width,
          height: GRID_TITLE_BAR_H,
          isFilled: true,
          isLabel: true,
          excludeFromShapeBounds: true,
        }),
        new Rectangle2d({ width, height: props.headerH, isFilled: true, isLabel: true }),
        new Rectangle2d({
          y: props.headerH,
          width: props.headerW,
          height: height - props.headerH,
          isFilled: true,
          isLabel: true,
        }),
      ],
    })
  }

  override canResize() {
    return false
  }

  override hideResizeHandles() {
    return true
  }

  override hideRotateHandle() {
    return true
  }

  // A press inside a selected grid's cells starts a brush, as when it is not selected, instead of dragging it.
  override hideSelectionBoundsBg() {
    return true
  }

  override canReceiveNewChildrenOfType(_shape: JourneyGridShape, _type: TLShape['type']) {
    return false
  }

  // In-place editing of the title, a stage's or a lane's title; which one was set by the double-click. Not while the
  // workshop's frame lock holds for this user.
  override canEdit() {
    return !areGridsLockedByWorkshop(this.editor)
  }

  override onDoubleClick(shape: JourneyGridShape): TLShapePartial<JourneyGridShape> | void {
    const point = this.editor.inputs.getCurrentPagePoint()
    const part = getGridPartAt(shape.props, point.x - shape.x, point.y - shape.y)
    const { setEditTarget } = useGridUiStore.getState()
    if (part?.type === 'cell') {
      // Reached when the grid was selected; a no-op change tells tldraw the double-click was handled.
      createCardInCellAt(this.editor, shape, point)
      return { id: shape.id, type: shape.type }
    }
    if (part?.type === 'stage' && shape.props.stages[part.index]) {
      setEditTarget(shape.id, { part: 'stage', id: shape.props.stages[part.index]!.id })
    } else if (part?.type === 'lane' && shape.props.lanes[part.index]) {
      setEditTarget(shape.id, { part: 'lane', id: shape.props.lanes[part.index]!.id })
    } else {
      setEditTarget(shape.id, { part: 'title' })
    }
    // No change: tldraw goes on to start editing the grid (canEdit), which shows the input.
  }

  override getText(shape: JourneyGridShape) {
    return shape.props.title
  }

  override component(shape: JourneyGridShape) {
    return (
      <HTMLContainer
        className="cx-grid"
        style={{ width: getGridWidth(shape.props), height: getGridHeight(shape.props) }}
      >
        <JourneyGrid shape={shape} />
      </HTMLContainer>
    )
  }

  // Native SVG (not the HTML in a <foreignObject>): fast to export, titles kept as text.
  override toSvg(shape: JourneyGridShape) {
    return <GridSvg shape={shape} editor={this.editor} />
  }

  override getIndicatorPath(shape: JourneyGridShape) {
    const path = new Path2D()
    path.rect(0, -GRID_TITLE_BAR_H, getGridWidth(shape.props), getGridHeight(shape.props) + GRID_TITLE_BAR_H)
    return path
  }
}
