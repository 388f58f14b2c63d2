import { connect } from 'node:net'
import { createServer, type Server } from 'node:tls'

/** A TLS endpoint on loopback that passes the bytes of every connection to a plain-http port (WebSockets included). */
export interface TlsPipe {
  port: number
  close(): Promise<void>
}

/**
 * Terminates TLS with the given certificate and pipes each connection to `127.0.0.1:targetPort`, so a browser can
 * reach the app at an https origin without a proxy's configuration getting in the way.
 */
export async function startTlsPipe(options: { cert: string; key: string; targetPort: number }): Promise<TlsPipe> {
  const server: Server = createServer({ cert: options.cert, key: options.key }, (socket) => {
    const upstream = connect(options.targetPort, '127.0.0.1')
    socket.pipe(upstream).pipe(socket)
    socket.on('error', () => upstream.destroy())
    upstream.on('error', () => socket.destroy())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the TLS pipe has no port')
  return {
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
