import { getMetaMap, readDocTitle, writeDocTitle } from '@cxmap/shared'
import { useCallback, useEffect, useState } from 'react'
import { useBoardsStore } from '../../state/boardsStore'
import type { BoardSession } from '../../sync/session'

/**
 * The board's title as everyone sees it: the server's at load, then whatever a rename mirrors into the doc, so a
 * rename by anyone shows in every open window. Returns the title and the handler for a rename saved by this client.
 */
export function useLiveTitle(
  boardId: string,
  initialTitle: string,
  session: BoardSession | null,
): [string, (title: string) => void] {
  const [title, setTitle] = useState(initialTitle)

  useEffect(() => {
    if (!session) return
    const meta = getMetaMap(session.doc)
    const handleChange = () => {
      const docTitle = readDocTitle(session.doc)
      if (docTitle === undefined) return
      setTitle(docTitle)
      const remembered = useBoardsStore.getState().boards.find((b) => b.id === boardId)
      if (remembered && remembered.title !== docTitle) {
        useBoardsStore.getState().rememberBoard({ ...remembered, title: docTitle })
      }
    }
    handleChange()
    meta.observe(handleChange)
    return () => meta.unobserve(handleChange)
  }, [boardId, session])

  const handleRenamed = useCallback(
    (renamed: string) => {
      setTitle(renamed)
      if (session) writeDocTitle(session.doc, renamed)
    },
    [session],
  )
  return [title, handleRenamed]
}
