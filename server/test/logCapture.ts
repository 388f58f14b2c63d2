import { Writable } from 'node:stream'
import type { LogLevel } from '../src/config.ts'
import { createLogger, type Logger } from '../src/logger.ts'

/** A real pino logger writing into memory, so tests can read every line the server logged. */
export function createLogCapture(level: LogLevel = 'debug'): { logger: Logger; text: () => string } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'))
      callback()
    },
  })
  return { logger: createLogger(level, stream), text: () => chunks.join('') }
}
