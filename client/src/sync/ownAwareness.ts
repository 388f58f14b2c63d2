import type { WebsocketProvider } from 'y-websocket'

interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * Makes the provider send only this client's own awareness state. y-websocket's provider re-sends every awareness
 * change it applies, others' included (its handler ignores the origin): with N people moving cursors every socket
 * would carry N echoes per relay. The server drops such echoes anyway; not sending them saves everyone's bandwidth.
 * The provider's own handler is kept (it writes to the socket and to other tabs), fed the own entries only.
 */
export function sendOwnAwarenessOnly(provider: WebsocketProvider): void {
  const { awareness } = provider
  const send = provider._awarenessUpdateHandler
  const own = awareness.clientID
  const sendOwn = ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
    const isOwn = (id: number) => id === own
    if (!added.some(isOwn) && !updated.some(isOwn) && !removed.some(isOwn)) return
    send({ added: added.filter(isOwn), updated: updated.filter(isOwn), removed: removed.filter(isOwn) }, origin)
  }
  awareness.off('update', send)
  awareness.on('update', sendOwn)
  // destroy() unregisters this field's handler.
  provider._awarenessUpdateHandler = sendOwn
}
