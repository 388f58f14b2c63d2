import type { Role } from '@cxmap/shared'
import { useEffect, useState } from 'react'
import { useConnectionStore } from '../../state/connectionStore'
import { selectIdentity, useIdentityStore } from '../../state/identityStore'
import { openBoardSession, type BoardSession } from '../../sync/session'
import { exposeTestHook } from '../../sync/testHooks'

/** Opens the board's session for as long as the component is mounted, feeding the connection store. */
export function useBoardSession(boardId: string, token: string, role: Role): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null)
  const identity = useIdentityStore(selectIdentity)

  useEffect(() => {
    const connection = useConnectionStore.getState()
    connection.reset()
    const opened = openBoardSession(boardId, token, role, {
      onStatus: connection.setStatus,
      onCloseReason: connection.setCloseReason,
      onBound: () => connection.setPhase('ready'),
      onNewerDoc: () => connection.setPhase('newer-doc'),
    })
    const removeTestHook = exposeTestHook({
      store: opened.store,
      doc: opened.doc,
      provider: opened.provider,
      control: opened.control.doc,
      getStatus: () => useConnectionStore.getState().status,
      role,
    })
    setSession(opened)
    return () => {
      removeTestHook()
      opened.dispose()
      setSession(null)
      connection.reset()
    }
  }, [boardId, token, role])

  useEffect(() => {
    session?.setIdentity(identity)
  }, [session, identity])

  return session
}
