/**
 * The test hook the board page exposes as `window.__cxmap` when localStorage `cxmap.testHooks` is `'1'`.
 * Typed here structurally (the e2e package does not depend on tldraw or yjs): only what the specs call.
 */

/** localStorage key that turns the hook on; set before any page script runs (see {@link enableTestHooks}). */
export const TEST_HOOKS_KEY = 'cxmap.testHooks'

/** A tldraw shape record, as far as the specs read it. */
export interface HookShape {
  id: string
  type: string
  x: number
  y: number
  rotation: number
  parentId: string
  props: Record<string, unknown>
  meta: Record<string, unknown>
}

interface HookStoreChanges {
  added: Record<string, { id: string; typeName?: string }>
  updated: Record<string, [{ id: string }, { id: string }]>
  removed: Record<string, { id: string }>
}

/** The slice of tldraw's `Editor` the specs use. */
export interface HookEditor {
  createShape(shape: { id?: string; type: string; x?: number; y?: number; props?: Record<string, unknown> }): unknown
  updateShape(partial: { id: string; type: string; x?: number; y?: number; props?: Record<string, unknown> }): unknown
  deleteShapes(ids: string[]): unknown
  getShape(id: string): HookShape | undefined
  getCurrentPageShapes(): HookShape[]
  getIsReadonly(): boolean
  getCurrentToolId(): string
  updateInstanceState(partial: Record<string, unknown>): unknown
  /** Returns the editor: call it in a block body, or evaluate tries to send the editor back. */
  selectNone(): unknown
  pageToScreen(point: { x: number; y: number }): { x: number; y: number }
  store: {
    listen(
      listener: (entry: { changes: HookStoreChanges; source: 'user' | 'remote' }) => void,
      filters?: { source?: 'user' | 'remote' | 'all'; scope?: 'document' | 'session' | 'presence' | 'all' },
    ): () => void
  }
}

/** A Yjs shared type, as far as the specs touch one. */
export interface HookYType {
  get(key: string): unknown
  set(key: string, value: unknown): unknown
  has(key: string): boolean
  toJSON(): unknown
}

/** The slice of `Y.Doc` the specs use. */
export interface HookDoc {
  getMap(name: string): HookYType
  transact(fn: () => void, origin?: unknown): void
  on(event: 'afterTransaction' | 'update', listener: (...args: unknown[]) => void): void
  off(event: 'afterTransaction' | 'update', listener: (...args: unknown[]) => void): void
}

/** The slice of y-protocols' `Awareness` the specs use. */
export interface HookAwareness {
  clientID: number
  setLocalStateField(field: string, value: unknown): void
  getStates(): Map<number, Record<string, unknown>>
  on(event: 'change' | 'update', listener: (...args: unknown[]) => void): void
}

/** `window.__cxmap`. */
export interface CxmapHook {
  editor: HookEditor
  store: unknown
  doc: HookDoc
  /** The board's control doc (workshop state). */
  control: HookDoc
  provider: { synced: boolean; wsconnected: boolean; awareness: HookAwareness }
  getStatus(): string
  role: string
}

declare global {
  interface Window {
    __cxmap?: CxmapHook
    /** Scratch space the specs install in a page (listeners' findings). */
    __e2e?: Record<string, unknown>
  }
}

/** Init script for `context.addInitScript`: turns the hook on for every page before the app's scripts run. */
export function enableTestHooks(key: string): void {
  try {
    window.localStorage.setItem(key, '1')
  } catch {
    // about:blank and other opaque origins have no localStorage; the app never runs there.
  }
}
