import net from 'node:net'

/**
 * - `up`: everything passes.
 * - `down`: every open connection is reset and new ones are refused: the network is gone.
 * - `syncDown`: WebSocket upgrades are reset, plain HTTP passes: the page can (re)load but cannot sync.
 */
export type LinkState = 'up' | 'down' | 'syncDown'

/**
 * A loopback TCP relay in front of the app server that one browser context talks through, so a test can cut that
 * context's network for real.
 *
 * Why not `context.setOffline(true)` alone: in Chromium it fails *new* connections (ERR_INTERNET_DISCONNECTED) and sets
 * `navigator.onLine = false`, but an already open WebSocket stays OPEN and its sends still reach the server (checked
 * with Chromium 156 and Playwright 1.65: `readyState` stays 1, the server receives the message). y-websocket does not
 * watch `online`/`offline` events, so the app would go on syncing "offline". Tests therefore call `setOffline` AND cut
 * this relay: the page sees its socket die the way a dropped network kills it (TCP reset, close code 1006), its
 * reconnects fail, and the server sees the peer vanish. `page.routeWebSocket` was not used: it replaces the page's
 * WebSocket with one relayed through Playwright, which would change what we measure.
 */
export interface NetworkLink {
  /** Origin to load the app through, e.g. `http://127.0.0.1:40001`. */
  origin: string
  state(): LinkState
  setState(state: LinkState): void
  /** Rewrites an app link (same path, query and fragment) to go through this relay. */
  rewrite(link: string): string
  close(): Promise<void>
}

interface Pair {
  client: net.Socket
  upstream: net.Socket
  isWebSocket: boolean
}

const UPGRADE_HEADER = /\r\nupgrade:\s*websocket\s*\r\n/i

/** Opens a relay on a free loopback port, forwarding to `target` (an `http://host:port` origin). */
export async function openNetworkLink(target: string): Promise<NetworkLink> {
  const targetUrl = new URL(target)
  const targetPort = Number(targetUrl.port)
  const targetHost = targetUrl.hostname.replace(/^\[|\]$/g, '')
  let state: LinkState = 'up'
  const pairs = new Set<Pair>()
  const clients = new Set<net.Socket>()

  function shouldRefuse(isWebSocket: boolean): boolean {
    return state === 'down' || (state === 'syncDown' && isWebSocket)
  }

  const server = net.createServer((client) => {
    clients.add(client)
    client.on('close', () => clients.delete(client))
    client.on('error', () => client.destroy())
    if (state === 'down') {
      client.resetAndDestroy()
      return
    }
    // Chromium opens a dedicated connection per WebSocket, so the first bytes tell whether this one is an upgrade.
    client.once('data', (first) => {
      const isWebSocket = UPGRADE_HEADER.test(first.toString('latin1'))
      if (shouldRefuse(isWebSocket)) {
        client.resetAndDestroy()
        return
      }
      const upstream = net.connect(targetPort, targetHost)
      const pair: Pair = { client, upstream, isWebSocket }
      pairs.add(pair)
      const drop = () => {
        pairs.delete(pair)
        client.destroy()
        upstream.destroy()
      }
      upstream.on('error', drop)
      upstream.on('close', drop)
      client.on('close', drop)
      upstream.write(first)
      client.pipe(upstream)
      upstream.pipe(client)
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as net.AddressInfo
  const origin = `http://127.0.0.1:${port}`

  return {
    origin,
    state: () => state,
    setState(next) {
      state = next
      for (const pair of [...pairs]) {
        if (!shouldRefuse(pair.isWebSocket)) continue
        pairs.delete(pair)
        pair.client.resetAndDestroy()
        pair.upstream.destroy()
      }
    },
    rewrite(link) {
      const url = new URL(link)
      const via = new URL(origin)
      url.protocol = via.protocol
      url.host = via.host
      return url.toString()
    },
    async close() {
      for (const pair of pairs) pair.upstream.destroy()
      for (const client of clients) client.destroy()
      pairs.clear()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
