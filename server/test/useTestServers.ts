import { afterEach, beforeEach } from 'vitest'
import { createTempDir, startTestServer, type TestServer, type TestServerOptions } from './testServer.ts'

/** Per-test servers on real sockets: started on a fresh data dir, stopped with their clients after each test. */
export interface TestServers {
  /** Starts a server on this test's data dir (restarts reuse the dir, so stored boards survive). */
  start(options?: Omit<TestServerOptions, 'dataDir'>): Promise<TestServer>
  /** Stops a server now (say, to restart it); afterEach will not stop it again. */
  stop(server: TestServer): Promise<void>
  /** Destroys the client after the test. */
  track<C extends { destroy(): void }>(client: C): C
}

/**
 * Registers the beforeEach/afterEach hooks of a file whose tests start servers and connect clients; `defaults` apply to
 * every server it starts.
 */
export function useTestServers(defaults: Omit<TestServerOptions, 'dataDir'> = {}): TestServers {
  let dir: Awaited<ReturnType<typeof createTempDir>> | null = null
  let servers: TestServer[] = []
  let clients: { destroy(): void }[] = []

  beforeEach(async () => {
    dir = await createTempDir()
    servers = []
    clients = []
  })

  afterEach(async () => {
    for (const client of clients) client.destroy()
    for (const server of servers) await server.stop()
    await dir?.remove()
  })

  return {
    async start(options = {}) {
      if (!dir) throw new Error('useTestServers: start() is only available inside a test')
      const server = await startTestServer({ dataDir: dir.path, ...defaults, ...options })
      servers.push(server)
      return server
    },
    async stop(server) {
      servers = servers.filter((s) => s !== server)
      await server.stop()
    },
    track(client) {
      clients.push(client)
      return client
    },
  }
}
