import type { Editor } from 'tldraw'

// tldraw's Editor measures text and reads the platform at construction; in Node these stand-ins are enough for a
// headless editor whose store, history, tools and side effects are the real ones (as in grid/test/headlessEditor.ts).
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

/** A real tldraw Editor with the app's journey shapes (grid and the real card util). */
export async function createCardEditor(): Promise<Editor> {
  installDomStubs()
  const tldraw = await import('tldraw')
  const { journeyShapeUtils } = await import('../../shapeUtils.ts')
  const shapeUtils = [...tldraw.defaultShapeUtils, ...journeyShapeUtils]
  const store = tldraw.createTLStore({ shapeUtils, bindingUtils: tldraw.defaultBindingUtils })
  return new tldraw.Editor({
    store,
    shapeUtils,
    bindingUtils: tldraw.defaultBindingUtils,
    tools: tldraw.defaultTools,
    initialState: 'select',
    getContainer: () => createDomStub() as HTMLElement,
  })
}

/** Sends a pointer event at a page point (the camera stays at 0,0 and zoom 1). */
export function pointer(editor: Editor, name: 'pointer_down' | 'pointer_move' | 'pointer_up', x: number, y: number) {
  editor.dispatch({
    type: 'pointer',
    name,
    target: 'canvas',
    point: { x, y, z: 0.5 },
    pointerId: 1,
    button: 0,
    isPen: false,
    shiftKey: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    accelKey: false,
  })
  editor.emit('tick', 16)
}

/** Drags with the select tool from one page point to another, in a few moves. */
export function drag(editor: Editor, from: { x: number; y: number }, to: { x: number; y: number }) {
  pointer(editor, 'pointer_down', from.x, from.y)
  for (let i = 1; i <= 4; i++) {
    pointer(editor, 'pointer_move', from.x + ((to.x - from.x) * i) / 4, from.y + ((to.y - from.y) * i) / 4)
  }
  pointer(editor, 'pointer_up', to.x, to.y)
}
