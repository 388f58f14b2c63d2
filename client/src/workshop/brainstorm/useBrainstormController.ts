import { privateBrainstormOf, type Brainstorm } from '@cxmap/shared'
import { useEffect, useRef } from 'react'
import { useValue, type Editor } from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import {
  listPrivateRecords,
  privateStorageKey,
  readStoredPrivateRecords,
  revealPrivateRecords,
  serializePrivateRecords,
  withPrivateMark,
} from './privateRecords'

/** Awareness field with the number of private cards this person holds (the facilitator sees the total). */
export const PRIVATE_COUNT_FIELD = 'cxPrivateCount'

const SAVE_DELAY_MS = 300

/**
 * Runs the private brainstorm on this machine: while one is private, the shapes (and bindings) this person creates
 * are marked private, so the binding keeps them out of the doc; they are kept in local storage across reloads; when
 * the brainstorm is revealed (or replaced) they are published. The facilitator's own shapes are never private.
 * Nothing is revealed before the control doc has synced (an empty state would read as "no brainstorm").
 */
export function useBrainstormController({
  editor,
  boardId,
  brainstorm,
  isFacilitator,
  controlSynced,
  awareness,
}: {
  editor: Editor | null
  boardId: string
  brainstorm: Brainstorm | null
  isFacilitator: boolean
  controlSynced: boolean
  awareness: Awareness
}): number {
  const current = useRef({ brainstorm, isFacilitator, controlSynced })
  current.current = { brainstorm, isFacilitator, controlSynced }

  // New shapes and bindings made here while private are marked private before they reach the store.
  useEffect(() => {
    if (!editor) return
    const mark = <R extends { meta: object }>(record: R, source: 'user' | 'remote'): R => {
      const { brainstorm: active, isFacilitator: exempt, controlSynced: synced } = current.current
      if (source !== 'user' || exempt || !synced || active?.status !== 'private') return record
      return withPrivateMark(record as never, active.id) as R
    }
    const stopShapes = editor.sideEffects.registerBeforeCreateHandler('shape', mark)
    const stopBindings = editor.sideEffects.registerBeforeCreateHandler('binding', mark)
    return () => {
      stopShapes()
      stopBindings()
    }
  }, [editor])

  // Restore this browser's private records of the board, then keep local storage in step.
  useEffect(() => {
    if (!editor) return
    const key = privateStorageKey(boardId)
    const restored = readStoredPrivateRecords(editor.store, readStorage(key))
    if (restored.length > 0) editor.store.put(restored)
    let timer: ReturnType<typeof setTimeout> | null = null
    const save = () => {
      timer = null
      const records = listPrivateRecords(editor.store)
      writeStorage(key, records.length > 0 ? serializePrivateRecords(records) : null)
    }
    const stop = editor.store.listen(
      ({ changes }) => {
        const touched = [...Object.values(changes.added), ...Object.values(changes.removed)].some(
          (record) => privateBrainstormOf(record) !== null,
        )
        const updated = Object.values(changes.updated).some(
          ([from, to]) => privateBrainstormOf(from) !== null || privateBrainstormOf(to) !== null,
        )
        if ((touched || updated) && !timer) timer = setTimeout(save, SAVE_DELAY_MS)
      },
      { scope: 'document' },
    )
    const flush = () => timer && (clearTimeout(timer), save())
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      stop()
      flush()
    }
  }, [editor, boardId])

  // Publish once the brainstorm is revealed, replaced or removed.
  useEffect(() => {
    if (!editor || !controlSynced) return
    revealPrivateRecords(editor.store, brainstorm)
  }, [editor, brainstorm, controlSynced])

  const privateCount = useValue(
    'cxmap private shapes',
    () => (editor ? editor.getCurrentPageShapes().filter((shape) => privateBrainstormOf(shape) !== null).length : 0),
    [editor],
  )
  useEffect(() => {
    awareness.setLocalStateField(PRIVATE_COUNT_FIELD, privateCount)
  }, [awareness, privateCount])
  return privateCount
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // Storage full or blocked: the cards stay in this tab until revealed.
  }
}
