import type { Role } from '@cxmap/shared'
import type { Editor, TLStore } from 'tldraw'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { readJourneyLayout, type JourneyLayoutProbe } from '../journey/grid/journeyLayoutProbe'
import type { ConnectionStatus } from '../state/connectionStore'

/** What the e2e suite reads from `window.__cxmap` (only when `localStorage['cxmap.testHooks'] === '1'`). */
export interface CxmapTestHook {
  /** `null` until the canvas has mounted (and while a newer-doc banner replaces it). */
  editor: Editor | null
  store: TLStore
  doc: Y.Doc
  provider: WebsocketProvider
  /** The board's control doc (workshop state; only facilitators' changes are accepted by the server). */
  control: Y.Doc
  getStatus: () => ConnectionStatus
  role: Role
  /**
   * Every journey card box (with its grid cell) and every stage header, lane title and lane row of every grid of the
   * current page, in page and screen (client) coordinates; `null` until the canvas has mounted.
   */
  journeyLayout: () => JourneyLayoutProbe | null
}

declare global {
  interface Window {
    __cxmap?: CxmapTestHook
  }
}

/** Whether this browser opted in to the test hook. */
export function areTestHooksEnabled(): boolean {
  try {
    return localStorage.getItem('cxmap.testHooks') === '1'
  } catch {
    return false
  }
}

/** Exposes the open board on `window.__cxmap` if enabled; returns the function that removes it. */
export function exposeTestHook(hook: Omit<CxmapTestHook, 'editor' | 'journeyLayout'>): () => void {
  if (!areTestHooksEnabled()) return () => {}
  const exposed: CxmapTestHook = {
    ...hook,
    editor: null,
    journeyLayout: () => (exposed.editor ? readJourneyLayout(exposed.editor) : null),
  }
  window.__cxmap = exposed
  return () => {
    if (window.__cxmap === exposed) delete window.__cxmap
  }
}

/** Sets (or clears) the mounted editor on the exposed hook. */
export function setTestHookEditor(editor: Editor | null): void {
  if (window.__cxmap) window.__cxmap.editor = editor
}
