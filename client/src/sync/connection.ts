import { describeCloseCode, isFatalCloseCode } from '@cxmap/shared'
import type { WebsocketProvider } from 'y-websocket'
import type { CloseReason, ConnectionStatus } from '../state/connectionStore'

/** What the connection badge shows for a socket state. */
export function deriveStatus(state: {
  isSynced: boolean
  isOnline: boolean
  closeReason: CloseReason | null
}): ConnectionStatus {
  if (state.closeReason !== null || !state.isOnline) return 'offline'
  return state.isSynced ? 'connected' : 'reconnecting'
}

/** Callbacks of {@link trackConnection}. */
export interface ConnectionListener {
  onStatus: (status: ConnectionStatus) => void
  onCloseReason: (reason: CloseReason | null) => void
}

/** A running {@link trackConnection}. */
export interface ConnectionTracker {
  /** Connects again after a fatal close that may pass (too many connections). */
  retry: () => void
  stop: () => void
}

/**
 * Follows the provider's socket, the browser's online state and fatal close codes, and reports the badge status
 * and why the server refused us. Going offline disconnects the provider on purpose: a dead socket can otherwise
 * look open until y-websocket's 30 s watchdog fires, and edits would pile up silently instead of showing "offline".
 */
export function trackConnection(provider: WebsocketProvider, listener: ConnectionListener): ConnectionTracker {
  let closeReason: CloseReason | null = null
  const report = () =>
    listener.onStatus(
      deriveStatus({ isSynced: provider.wsconnected && provider.synced, isOnline: navigator.onLine, closeReason }),
    )
  const setCloseReason = (reason: CloseReason | null) => {
    closeReason = reason
    listener.onCloseReason(reason)
  }

  const handleClose = (event: CloseEvent | null) => {
    if (event && isFatalCloseCode(event.code)) setCloseReason(describeCloseCode(event.code))
    report()
  }
  const handleOffline = () => {
    provider.disconnect()
    report()
  }
  const handleOnline = () => {
    if (closeReason === null) provider.connect()
    report()
  }

  provider.on('status', report)
  provider.on('sync', report)
  provider.on('connection-close', handleClose)
  window.addEventListener('offline', handleOffline)
  window.addEventListener('online', handleOnline)
  if (!navigator.onLine) provider.disconnect()
  report()

  return {
    retry: () => {
      setCloseReason(null)
      provider.connect()
      report()
    },
    stop: () => {
      provider.off('status', report)
      provider.off('sync', report)
      provider.off('connection-close', handleClose)
      window.removeEventListener('offline', handleOffline)
      window.removeEventListener('online', handleOnline)
    },
  }
}
