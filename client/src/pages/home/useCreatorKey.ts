import type { CreateBoardsMode } from '@cxmap/shared'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { fetchConfig } from '../../api/client'
import { forgetCreatorKey, readCreatorKey, rememberCreatorKey } from '../../api/creatorKey'

/** The creator key of a creation form (create, import): asked once when the server needs it, then remembered. */
export interface CreatorKeyState {
  /** Whether the form shows the key field. */
  isAsking: boolean
  draft: string
  setDraft(value: string): void
  /** The key to send with a creation: the typed one while asking, else the remembered one. */
  readKeyToSend(): string | null
  /** The server created the board: a typed key is remembered and the field goes away (in every form). */
  handleAccepted(): void
  /** The server refused the key or asked for one: it is forgotten and the field shown again (in every form). */
  handleRejected(): void
}

interface SharedKey {
  mode: CreateBoardsMode
  stored: string | null
  wasRejected: boolean
}

// One state for the page's creation forms, so that a key accepted through one of them is not asked by the other.
let shared: SharedKey | null = null
const listeners = new Set<() => void>()
let modeRequest: Promise<void> | null = null

function readShared(): SharedKey {
  shared ??= { mode: 'open', stored: readCreatorKey(), wasRejected: false }
  return shared
}

function update(changes: Partial<SharedKey>): void {
  shared = { ...readShared(), ...changes }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Reads the creation mode from `/api/config` (once per page) and keeps the creator key this browser remembers. */
export function useCreatorKey(): CreatorKeyState {
  const state = useSyncExternalStore(subscribe, readShared)
  const [draft, setDraft] = useState('')

  useEffect(() => {
    // Unknown mode (the request failed): the form tries without a key, and a 401 from the server asks for it.
    modeRequest ??= fetchConfig()
      .then((config) => update({ mode: config.createBoards ?? 'open' }))
      .catch(() => undefined)
  }, [])

  const isAsking = state.wasRejected || (state.mode === 'key' && state.stored === null)
  return {
    isAsking,
    draft,
    setDraft,
    readKeyToSend: () => (isAsking ? draft.trim() || null : state.stored),
    handleAccepted() {
      const typed = draft.trim()
      if (!isAsking || !typed) return
      rememberCreatorKey(typed)
      update({ stored: typed, wasRejected: false })
      setDraft('')
    },
    handleRejected() {
      forgetCreatorKey()
      update({ stored: null, wasRejected: true })
      setDraft('')
    },
  }
}
