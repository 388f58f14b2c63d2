import { JOURNEY_CARD_TYPE, JOURNEY_GRID_TYPE, createCardProps, type JourneyGridProps } from '@cxmap/shared'
import type { Editor, TLShapeId } from 'tldraw'
import type { JourneyCardShape } from '../../cards/cardShape.ts'

// tldraw's Editor measures text and reads the platform at construction; in Node these few stand-ins are enough for
// a headless editor whose store, history and side effects are the real ones.
function createDomStub(): unknown {
  const stub: unknown = new Proxy(() => stub, {
    get: (_target, key) => {
      if (key === Symbol.toPrimitive) return () => 0
      if (key === 'then' || key === 'length') return undefined
      return stub
    },
    apply: () => stub,
    construct: () => stub as object,
  })
  return stub
}

function installDomStubs(): void {
  const g = globalThis as Record<string, unknown>
  if (g.document) return
  g.document = createDomStub()
  g.window = globalThis
  g.navigator = { platform: '', userAgent: 'node', maxTouchPoints: 0 }
  g.devicePixelRatio = 1
  g.matchMedia = () => createDomStub()
  g.addEventListener = () => {}
  g.removeEventListener = () => {}
  g.requestAnimationFrame = (callback: () => void) => setTimeout(callback, 16)
  g.cancelAnimationFrame = (id: ReturnType<typeof setTimeout>) => clearTimeout(id)
}

/** A real tldraw Editor (select tool, history, side effects) with the journey's grid and card shapes. */
export async function createHeadlessEditor(options: { createTextOnCanvasDoubleClick?: boolean } = {}): Promise<Editor> {
  installDomStubs()
  const tldraw = await import('tldraw')
  const { JourneyGridShapeUtil } = await import('../JourneyGridShapeUtil.tsx')
  const { JourneyCardShapeUtil } = await import('../../cards/JourneyCardShapeUtil.tsx')
  const shapeUtils = [...tldraw.defaultShapeUtils, JourneyGridShapeUtil, JourneyCardShapeUtil]
  const store = tldraw.createTLStore({ shapeUtils, bindingUtils: tldraw.defaultBindingUtils })
  return new tldraw.Editor({
    store,
    shapeUtils,
    bindingUtils: tldraw.defaultBindingUtils,
    tools: tldraw.defaultTools,
    initialState: 'select',
    options,
    getContainer: () => createDomStub() as HTMLElement,
  })
}

/** Grid props with stages of 200 and lanes of 100 (headers 100 × 50), so cells are easy to address. */
export function makeGridProps(stageCount: number, laneCount: number): JourneyGridProps {
  return {
    title: 'Map',
    stages: Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, title: `S${i}`, w: 200, metrics: [] })),
    lanes: Array.from({ length: laneCount }, (_, i) => ({
      id: `l${i}`,
      title: `L${i}`,
      h: 100,
      cardKind: i === 1 ? ('feeling' as const) : ('touchpoint' as const),
      prompt: '',
    })),
    headerW: 100,
    headerH: 50,
  }
}

/** Creates a grid at x, y and returns its id. */
export function addGrid(editor: Editor, props: JourneyGridProps, x = 0, y = 0): TLShapeId {
  const id = `shape:grid${Math.random().toString(36).slice(2)}` as TLShapeId
  editor.createShape({ id, type: JOURNEY_GRID_TYPE, x, y, props })
  return id
}

/** Creates a 40×40 card centred in the given cell of a grid placed at 0,0 (see `makeGridProps`). */
export function addCardInCell(
  editor: Editor,
  stageIndex: number,
  laneIndex: number,
  props: Partial<JourneyCardShape['props']> = {},
): TLShapeId {
  const id = `shape:card${Math.random().toString(36).slice(2)}` as TLShapeId
  const x = 100 + stageIndex * 200 + 80
  const y = 50 + laneIndex * 100 + 30
  editor.createShape({ id, type: JOURNEY_CARD_TYPE, x, y, props: createCardProps('note', { w: 40, h: 40, ...props }) })
  return id
}

/** The x, y of a shape. */
export function positionOf(editor: Editor, id: TLShapeId): { x: number; y: number } | undefined {
  const shape = editor.getShape(id)
  return shape ? { x: shape.x, y: shape.y } : undefined
}

/** A pointer event at a page point (the headless camera maps page to screen 1:1). */
export function dispatchPointer(
  editor: Editor,
  name: 'pointer_down' | 'pointer_move' | 'pointer_up',
  x: number,
  y: number,
  modifiers: { altKey?: boolean; shiftKey?: boolean } = {},
): void {
  editor.dispatch({
    type: 'pointer',
    name,
    target: 'canvas',
    point: { x, y, z: 0.5 },
    pointerId: 1,
    button: 0,
    isPen: false,
    shiftKey: modifiers.shiftKey ?? false,
    altKey: modifiers.altKey ?? false,
    ctrlKey: false,
    metaKey: false,
    accelKey: false,
  })
  editor.emit('tick', 16)
}

/** Presses at `from`, moves to `to` in a few steps and releases. */
export function dragPointer(editor: Editor, from: { x: number; y: number }, to: { x: number; y: number }): void {
  dispatchPointer(editor, 'pointer_down', from.x, from.y)
  for (let i = 1; i <= 4; i++) {
    dispatchPointer(editor, 'pointer_move', from.x + ((to.x - from.x) * i) / 4, from.y + ((to.y - from.y) * i) / 4)
  }
  dispatchPointer(editor, 'pointer_up', to.x, to.y)
}

/** A double-click at a page point, as tldraw sees two quick clicks. */
export function doubleClick(editor: Editor, x: number, y: number): void {
  for (let i = 0; i < 2; i++) {
    dispatchPointer(editor, 'pointer_down', x, y)
    dispatchPointer(editor, 'pointer_up', x, y)
  }
}
