import type { CreateBoardsMode } from '@cxmap/shared'
import { useEffect, useState } from 'react'
import { fetchConfig } from '../../api/client'
import { forgetCreatorKey, readCreatorKey, rememberCreatorKey } from '../../api/creatorKey'

/** The creator key of the home page's creation form: asked once when the server needs it, then remembered. */
export interface CreatorKeyState {
  /** Whether the form shows the key field. */
  isAsking: boolean
  draft: string
  setDraft(value: string): void
  /** The key to send with a creation: the typed one while asking, else the remembered one. */
  readKeyToSend(): string | null
  /** The server created the board: a typed key is remembered and the field goes away. */
  handleAccepted(): void
  /** The server refused the key or asked for one: it is forgotten and the field shown again, empty. */
  handleRejected(): void
}

/** Reads the creation mode from `/api/config` and keeps the creator key this browser remembers. */
export function useCreatorKey(): CreatorKeyState {
  const [mode, setMode] = useState<CreateBoardsMode>('open')
  const [stored, setStored] = useState(readCreatorKey)
  const [wasRejected, setWasRejected] = useState(false)
  const [draft, setDraft] = useState('')

  useEffect(() => {
    let isCurrent = true
    fetchConfig()
      .then((config) => {
        if (isCurrent) setMode(config.createBoards ?? 'open')
      })
      // Unknown mode: the form tries without a key, and a 401 from the server asks for it.
      .catch(() => undefined)
    return () => {
      isCurrent = false
    }
  }, [])

  const isAsking = wasRejected || (mode === 'key' && stored === null)
  return {
    isAsking,
    draft,
    setDraft,
    readKeyToSend: () => (isAsking ? draft.trim() || null : stored),
    handleAccepted() {
      const typed = draft.trim()
      if (!isAsking || !typed) return
      rememberCreatorKey(typed)
      setStored(typed)
      setWasRejected(false)
      setDraft('')
    },
    handleRejected() {
      forgetCreatorKey()
      setStored(null)
      setWasRejected(true)
      setDraft('')
    },
  }
}
