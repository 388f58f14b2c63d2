import { WebSocket } from 'ws'

/**
 * The attacker's connection: sends what it is given and, when the server closes it, opens a new one with the same
 * link (as an attacker would), counting every close by its code.
 */
export class FuzzSocket {
  private socket: WebSocket | null = null
  private opening: Promise<WebSocket | null> | null = null
  /** Close code → how many times the server (or ws) closed this link's connections with it. */
  readonly closes = new Map<number, number>()
  /** Connections that could not be opened (refused upgrade, network error). */
  refusedOpens = 0
  opens = 0

  constructor(private readonly url: string) {}

  /** Sends one frame on an open connection, reconnecting first when the last one was closed. */
  async send(bytes: Uint8Array): Promise<boolean> {
    const socket = await this.ensureOpen()
    if (!socket) return false
    socket.send(bytes)
    // Big frames queue in ws; wait until they are written so that the fuzzer's memory stays flat.
    while (socket.readyState === WebSocket.OPEN && socket.bufferedAmount > 1024 * 1024) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    return true
  }

  private ensureOpen(): Promise<WebSocket | null> {
    if (this.socket?.readyState === WebSocket.OPEN) return Promise.resolve(this.socket)
    this.opening ??= this.open().finally(() => (this.opening = null))
    return this.opening
  }

  private open(): Promise<WebSocket | null> {
    return new Promise((resolve) => {
      const socket = new WebSocket(this.url)
      socket.on('close', (code) => {
        this.closes.set(code, (this.closes.get(code) ?? 0) + 1)
        if (this.socket === socket) this.socket = null
      })
      socket.once('open', () => {
        this.opens += 1
        this.socket = socket
        resolve(socket)
      })
      socket.once('error', () => {
        if (socket.readyState !== WebSocket.OPEN) this.refusedOpens += 1
        resolve(null)
      })
      socket.on('error', () => {})
    })
  }

  /** Closes the current connection (end of the run). */
  close(): void {
    this.socket?.terminate()
    this.socket = null
  }
}
