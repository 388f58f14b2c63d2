import type { Editor, TLStore } from 'tldraw'
import type * as Y from 'yjs'

// Which board doc a tldraw store is bound to, for code that only holds the editor (a grid's double-click creating a
// card must reach the board's departments). Weak, so a closed board's store and doc are collected.
const docsByStore = new WeakMap<TLStore, Y.Doc>()

/** Records that `store` shows the board `doc`; returns the function that forgets it. */
export function linkBoardDoc(store: TLStore, doc: Y.Doc): () => void {
  docsByStore.set(store, doc)
  return () => {
    if (docsByStore.get(store) === doc) docsByStore.delete(store)
  }
}

/** The board doc behind an editor's store, if it was linked. */
export function getBoardDoc(editor: Editor): Y.Doc | null {
  return docsByStore.get(editor.store) ?? null
}
