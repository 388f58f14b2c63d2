import type { Editor } from 'tldraw'

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
  g.navigator = { platform: '', userAgent: 'node', maxTouchPoints: 0, language: 'en-US' }
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
  const { journeyShapeUtils } = await import('../src/journey/shapeUtils.ts')
  const shapeUtils = [...tldraw.defaultShapeUtils, ...journeyShapeUtils]
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
