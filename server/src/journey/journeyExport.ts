import { readAllRecords, readDocDepartments, readJourney, type Journey } from '@cxmap/shared'
import * as Y from 'yjs'
import type { BoardStore } from '../storage/types.ts'

/** Where a board's canvas doc is read from for an export. */
export interface BoardDocSource {
  store: BoardStore
  /** The state of the board doc's loaded room, all of it stored; `null` when no room holds it. */
  readLoadedDoc(boardId: string): Promise<Uint8Array | null>
}

/** The board's canvas doc as it is now: from its loaded room if any (none is loaded for this), else storage. */
export async function loadBoardDoc(source: BoardDocSource, boardId: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const live = await source.readLoadedDoc(boardId)
  if (live) {
    Y.applyUpdate(doc, live)
    return doc
  }
  const stored = await source.store.loadDoc(boardId, 'board')
  Y.transact(doc, () => stored.updates.forEach((update) => Y.applyUpdate(doc, update)))
  return doc
}

/** The board's structured journey (`readJourney`, the open data format of `shared/src/journey/format`). */
export async function loadBoardJourney(source: BoardDocSource, boardId: string): Promise<Journey> {
  const doc = await loadBoardDoc(source, boardId)
  try {
    return readJourney(readAllRecords(doc), readDocDepartments(doc))
  } finally {
    doc.destroy()
  }
}
