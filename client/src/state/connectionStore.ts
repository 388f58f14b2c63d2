import type { describeCloseCode } from '@cxmap/shared'
import { create } from 'zustand'

/** What the connection badge shows. */
export type ConnectionStatus = 'connected' | 'reconnecting' | 'offline'

/** Why the server closed the connection for good (a 4400–4499 close code), as a translation key. */
export type CloseReason = ReturnType<typeof describeCloseCode>

/** Where the open board's local session is: waiting for its doc, bound, or stopped by a newer doc schema. */
export type SessionPhase = 'loading' | 'ready' | 'newer-doc'

interface ConnectionState {
  status: ConnectionStatus
  closeReason: CloseReason | null
  phase: SessionPhase
  /** This page is regenerating its own link: the 4410 it is about to receive is expected, not an error to show. */
  isOwnLinkRotating: boolean
  setStatus: (status: ConnectionStatus) => void
  setCloseReason: (reason: CloseReason | null) => void
  setPhase: (phase: SessionPhase) => void
  setOwnLinkRotating: (isRotating: boolean) => void
  reset: () => void
}

const INITIAL = { status: 'reconnecting', closeReason: null, phase: 'loading', isOwnLinkRotating: false } as const

/** The open board's connection status and session phase (one board is open at a time). */
export const useConnectionStore = create<ConnectionState>()((set) => ({
  ...INITIAL,
  setStatus: (status) => set({ status }),
  setCloseReason: (closeReason) =>
    set((state) => (closeReason === 'linkRevoked' && state.isOwnLinkRotating ? {} : { closeReason })),
  setPhase: (phase) => set({ phase }),
  setOwnLinkRotating: (isOwnLinkRotating) => set({ isOwnLinkRotating }),
  reset: () => set(INITIAL),
}))

/** Selector: the connection badge's status. */
export const selectStatus = (state: ConnectionState) => state.status
/** Selector: why the server refused the connection, or `null`. */
export const selectCloseReason = (state: ConnectionState) => state.closeReason
/** Selector: the session phase. */
export const selectPhase = (state: ConnectionState) => state.phase
