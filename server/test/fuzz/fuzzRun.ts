import { nextFrames, type FrameKind, type FuzzContext, type FuzzRole } from './frames.ts'
import { FuzzSocket } from './fuzzSocket.ts'
import type { Random } from './random.ts'

/** What {@link sendFuzzFrames} needs. */
export interface FuzzOptions {
  /** `ws://host:port/sync/<boardId>` (no token). */
  boardUrl: string
  tokens: Record<FuzzRole, string>
  random: Random
  frames: number
  context: FuzzContext
  /** Average pace; floods go above it on purpose. */
  framesPerSecond: number
}

/** What the fuzzer sent and how the server answered. */
export interface FuzzRun {
  framesSent: number
  byKind: Partial<Record<FrameKind, number>>
  /** `code` → count, over both fuzzing links. */
  closesByCode: Record<string, number>
  opens: number
  refusedOpens: number
  durationMs: number
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Sends `frames` seeded frames over an editor and a viewer link, reconnecting whenever the server closes one. */
export async function sendFuzzFrames(options: FuzzOptions): Promise<FuzzRun> {
  const sockets: Record<FuzzRole, FuzzSocket> = {
    editor: new FuzzSocket(`${options.boardUrl}?token=${encodeURIComponent(options.tokens.editor)}`),
    viewer: new FuzzSocket(`${options.boardUrl}?token=${encodeURIComponent(options.tokens.viewer)}`),
  }
  const started = Date.now()
  const byKind: FuzzRun['byKind'] = {}
  let sent = 0
  try {
    while (sent < options.frames) {
      for (const frame of nextFrames(options.random, options.context)) {
        // A refused connection (rate limit after many closes) is retried after a pause, as a patient attacker would.
        while (!(await sockets[frame.role].send(frame.bytes))) await sleep(50)
        byKind[frame.kind] = (byKind[frame.kind] ?? 0) + 1
        sent += 1
      }
      const ahead = (sent / options.framesPerSecond) * 1000 - (Date.now() - started)
      await sleep(Math.max(0, ahead))
    }
  } finally {
    sockets.editor.close()
    sockets.viewer.close()
  }
  const closesByCode: Record<string, number> = {}
  for (const socket of Object.values(sockets)) {
    for (const [code, count] of socket.closes) closesByCode[code] = (closesByCode[code] ?? 0) + count
  }
  return {
    framesSent: sent,
    byKind,
    closesByCode,
    opens: sockets.editor.opens + sockets.viewer.opens,
    refusedOpens: sockets.editor.refusedOpens + sockets.viewer.refusedOpens,
    durationMs: Date.now() - started,
  }
}
