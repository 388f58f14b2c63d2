import { connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { spawnServer, TYPESCRIPT_SOURCE, type ServerProcess } from './serverProcess.ts'
import { createTempDir } from './testServer.ts'
import { waitFor } from './waitFor.ts'

/** The server's open-file limit here: a reserve of 64 leaves it 64 client connections. */
const OPEN_FILE_LIMIT = 128
const MAX_CONNECTIONS = 64
const SOCKETS = 100

let cleanup: Array<() => Promise<void> | void> = []

afterEach(async () => {
  for (const step of cleanup.reverse()) await step()
  cleanup = []
})

async function startLimitedServer(): Promise<ServerProcess> {
  const dir = await createTempDir()
  cleanup.push(() => dir.remove())
  const server = await spawnServer({ DATA_DIR: dir.path, CLIENT_DIST_DIR: join(dir.path, 'no-client') }, 30_000, {
    ...TYPESCRIPT_SOURCE,
    wrapper: ['prlimit', `--nofile=${OPEN_FILE_LIMIT}:${OPEN_FILE_LIMIT}`, '--'],
  })
  cleanup.push(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM')
    await server.exited
  })
  return server
}

/** A raw TCP connection to the server; `dropped` turns true when the server closes it before it said anything. */
function openSocket(port: number): { socket: Socket; isClosed: () => boolean; connected: Promise<void> } {
  const socket = connect(port, '127.0.0.1')
  let closed = false
  socket.on('error', () => {})
  socket.on('close', () => (closed = true))
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()))
  return { socket, isClosed: () => closed, connected }
}

/** Sends one HTTP request on an open socket and resolves with the status line. */
function requestOn(socket: Socket, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1')
      if (text.includes('\r\n')) {
        socket.off('data', onData)
        resolve(text.slice(0, text.indexOf('\r\n')))
      }
    }
    socket.on('data', onData)
    socket.once('close', () => reject(new Error('closed before answering')))
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`)
  })
}

describe('running out of file descriptors', () => {
  it('refuses the connections past the limit, logs and counts them, keeps serving and recovers', async () => {
    const server = await startLimitedServer()
    expect(server.output()).toContain(`"openFileLimit":${OPEN_FILE_LIMIT},"maxConnections":${MAX_CONNECTIONS}`)
    const clients = Array.from({ length: SOCKETS }, () => openSocket(server.port))
    cleanup.push(() => clients.forEach((client) => client.socket.destroy()))
    await Promise.all(clients.map((client) => client.connected))
    const refused = SOCKETS - MAX_CONNECTIONS
    await waitFor(() => clients.filter((client) => client.isClosed()).length === refused, {
      timeoutMs: 10_000,
      message: `${refused} connections refused`,
    })

    const kept = clients.filter((client) => !client.isClosed())
    expect(await requestOn(kept[0]!.socket, '/healthz')).toBe('HTTP/1.1 200 OK')
    expect(await requestOn(kept.at(-1)!.socket, '/readyz')).toBe('HTTP/1.1 200 OK')
    const errorLines = server
      .output()
      .split('\n')
      .filter((line) => line.includes('out of file descriptors'))
    expect(errorLines).toHaveLength(1)
    expect(JSON.parse(errorLines[0]!)).toMatchObject({ level: 50, refused: 1, openFileLimit: OPEN_FILE_LIMIT })

    for (const client of clients) client.socket.destroy()
    const metrics = await waitFor(async () => {
      const response = await fetch(`${server.httpUrl}/metrics`)
      return response.ok ? response.text() : null
    })
    expect(metrics).toContain(`cxmap_emfile_total ${refused}\n`)
    expect(server.child.exitCode).toBeNull()
  }, 60_000)
})
