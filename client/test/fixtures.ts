import {
  ArrowBindingUtil,
  ArrowShapeUtil,
  GeoShapeUtil,
  NoteShapeUtil,
  createBindingId,
  createShapeId,
  type Editor,
  type IndexKey,
  type TLArrowBinding,
  type TLArrowShape,
  type TLGeoShape,
  type TLNoteShape,
  type TLParentId,
  type TLShapeId,
} from 'tldraw'

/** The id of tldraw's default page (fixed in 5.4.2). */
export const DEFAULT_PAGE_ID = 'page:page' as TLParentId

// Default props come from tldraw's own shape utils; they read nothing from the editor.
const noEditor = {} as Editor
const geoProps = new GeoShapeUtil(noEditor).getDefaultProps()
const noteProps = new NoteShapeUtil(noEditor).getDefaultProps()
const arrowProps = new ArrowShapeUtil(noEditor).getDefaultProps()
const arrowBindingProps = new ArrowBindingUtil(noEditor).getDefaultProps()

const shapeBase = {
  typeName: 'shape' as const,
  x: 0,
  y: 0,
  rotation: 0,
  isLocked: false,
  opacity: 1,
  meta: {},
  parentId: DEFAULT_PAGE_ID,
  index: 'a1' as IndexKey,
}

/** A geo (rectangle) shape with tldraw's default props. */
export function makeGeo(name: string, overrides: Partial<TLGeoShape> = {}): TLGeoShape {
  return { ...shapeBase, id: createShapeId(name), type: 'geo', props: { ...geoProps }, ...overrides }
}

/** A sticky note with tldraw's default props. */
export function makeNote(name: string, overrides: Partial<TLNoteShape> = {}): TLNoteShape {
  return { ...shapeBase, id: createShapeId(name), type: 'note', props: { ...noteProps }, ...overrides }
}

/** An arrow shape with tldraw's default props. */
export function makeArrow(name: string, overrides: Partial<TLArrowShape> = {}): TLArrowShape {
  return { ...shapeBase, id: createShapeId(name), type: 'arrow', props: { ...arrowProps }, ...overrides }
}

/** An arrow binding from an arrow's end to a shape. */
export function makeArrowBinding(name: string, arrowId: TLShapeId, toId: TLShapeId): TLArrowBinding {
  return {
    id: createBindingId(name),
    typeName: 'binding',
    type: 'arrow',
    fromId: arrowId,
    toId,
    props: { ...arrowBindingProps, terminal: 'end' } as TLArrowBinding['props'],
    meta: {},
  }
}
