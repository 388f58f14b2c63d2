import { JOURNEY_CARD_TYPE, createCardProps, journeyCardMigrations, journeyCardProps } from '@cxmap/shared'
import { Rectangle2d, ShapeUtil, resizeBox, useEditor, type TLResizeInfo } from 'tldraw'
import { useBoardDepartments } from '../departments/DepartmentsContext'
import { translateCards } from '../i18n'
import { snapDroppedCards } from './cardSnap'
import { CARD_MIN_H, CARD_MIN_W, type JourneyCardShape } from './cardShape'
import { CardSvg, setCardSvgDepartments } from './cardSvg'
import { JourneyCard } from './JourneyCard'
import './cards.css'

export type { JourneyCardShape } from './cardShape'

/** Corner radius of a card, in page units. */
const CARD_RADIUS = 10

/**
 * A journey card: a sticky of one kind (touchpoint, goal, feeling, …) with its text, department and author; barriers
 * carry a severity, feelings a score. Where it sits on a grid gives its stage and lane, so a card dropped in a cell
 * snaps into it (on the local drop only: a remote move is never snapped again, or peers would fight).
 */
export class JourneyCardShapeUtil extends ShapeUtil<JourneyCardShape> {
  static override type = JOURNEY_CARD_TYPE
  static override props = journeyCardProps
  static override migrations = journeyCardMigrations

  override getDefaultProps(): JourneyCardShape['props'] {
    return createCardProps('note')
  }

  override getGeometry(shape: JourneyCardShape) {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true })
  }

  override canEdit() {
    return true
  }

  override canResize() {
    return true
  }

  override hideRotateHandle() {
    return true
  }

  override getText(shape: JourneyCardShape) {
    return shape.props.text
  }

  override getAriaDescriptor(shape: JourneyCardShape) {
    const kind = translateCards(`kinds.${shape.props.kind}`)
    return shape.props.text ? `${kind}: ${shape.props.text}` : kind
  }

  override onResize(shape: JourneyCardShape, info: TLResizeInfo<JourneyCardShape>) {
    return resizeBox(shape, info, { minWidth: CARD_MIN_W, minHeight: CARD_MIN_H })
  }

  // Called only by this client's own drag (the select tool's translating state), never for remote changes.
  override onTranslateEnd(_initial: JourneyCardShape, current: JourneyCardShape) {
    snapDroppedCards(this.editor, current)
  }

  override component(shape: JourneyCardShape) {
    return <CanvasCard shape={shape} />
  }

  // Native SVG (not the HTML in a <foreignObject>): fast to export for hundreds of cards, text kept as text.
  override toSvg(shape: JourneyCardShape) {
    return <CardSvg shape={shape} editor={this.editor} />
  }

  override getIndicatorPath(shape: JourneyCardShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, CARD_RADIUS)
    return path
  }
}

/** The card on the canvas; it also hands the board's departments to the SVG export, which renders outside React's tree. */
function CanvasCard({ shape }: { shape: JourneyCardShape }) {
  const editor = useEditor()
  // A plain write to a WeakMap, safe during render: the export reads it later, synchronously.
  setCardSvgDepartments(editor, useBoardDepartments()?.byId ?? null)
  return <JourneyCard shape={shape} />
}
