import { readWorkshop, getWorkshopMap, type Role, type WorkshopState } from '@cxmap/shared'
import { createContext, useCallback, useContext, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react'
import type { Editor } from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

/** What the workshop features need from the open board. */
export interface WorkshopBoard {
  boardId: string
  role: Role
  /** Whether this person runs the workshop (facilitators only: the server drops anyone else's control changes). */
  canControl: boolean
  /** The control doc (read by everyone, written by facilitators through `writeWorkshop`). */
  controlDoc: Y.Doc
  /** The control doc's socket (its `synced` tells whether the state read is the server's yet). */
  controlProvider: WebsocketProvider
  /** The canvas doc's awareness: who is here, their identity, cursor and camera. */
  awareness: Awareness
  /** This person's id (identity id, also tldraw's user id) and name; '' before the identity dialog is answered. */
  selfId: string
  selfName: string
  /** The canvas editor once tldraw has mounted (null before, and after it unmounts). */
  editor: Editor | null
}

const WorkshopContext = createContext<WorkshopBoard | null>(null)

/** Provides the workshop board to the top bar, the canvas overlays and the panels. */
export function WorkshopProvider({ value, children }: { value: WorkshopBoard; children: ReactNode }) {
  const memo = useMemo(
    () => value,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the fields are what changes, not the object
    [
      value.boardId,
      value.role,
      value.canControl,
      value.controlDoc,
      value.controlProvider,
      value.awareness,
      value.selfId,
      value.selfName,
      value.editor,
    ],
  )
  return <WorkshopContext.Provider value={memo}>{children}</WorkshopContext.Provider>
}

/** The workshop board; throws outside a {@link WorkshopProvider}. */
export function useWorkshopBoard(): WorkshopBoard {
  const board = useContext(WorkshopContext)
  if (!board) throw new Error('useWorkshopBoard() needs a <WorkshopProvider>')
  return board
}

/** The workshop board inside a provider, else null. */
export function useOptionalWorkshopBoard(): WorkshopBoard | null {
  return useContext(WorkshopContext)
}

/** The live workshop state (timer, follow, lock, agenda), re-rendering when a facilitator changes it. */
export function useWorkshop(): WorkshopState {
  const { controlDoc } = useWorkshopBoard()
  return useWorkshopOf(controlDoc)
}

/** The live workshop state of a control doc. */
export function useWorkshopOf(controlDoc: Y.Doc): WorkshopState {
  const cache = useRef<{ doc: Y.Doc; state: WorkshopState } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      const map = getWorkshopMap(controlDoc)
      const handle = () => {
        cache.current = null
        onChange()
      }
      map.observe(handle)
      return () => map.unobserve(handle)
    },
    [controlDoc],
  )
  const getSnapshot = useCallback(() => {
    if (cache.current?.doc !== controlDoc) cache.current = { doc: controlDoc, state: readWorkshop(controlDoc) }
    return cache.current.state
  }, [controlDoc])
  return useSyncExternalStore(subscribe, getSnapshot)
}

/** Whether the control doc has synced with the server at least once (its state is the workshop's, not empty). */
export function useControlSynced(): boolean {
  const { controlProvider } = useWorkshopBoard()
  const subscribe = useCallback(
    (onChange: () => void) => {
      controlProvider.on('sync', onChange)
      return () => controlProvider.off('sync', onChange)
    },
    [controlProvider],
  )
  const isSynced = useSyncExternalStore(subscribe, () => controlProvider.synced)
  // A reconnect resets `synced` until the next sync, but what was read before is still the workshop's state.
  const hasSynced = useRef(false)
  if (isSynced) hasSynced.current = true
  return hasSynced.current
}
