import { pino, type DestinationStream, type Logger } from 'pino'
import type { LogLevel } from './config.ts'

export type { Logger } from 'pino'

/** Creates the JSON logger; `destination` defaults to stdout (tests pass a capturing stream). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      // Defence in depth: request logging never passes tokens, but a careless `log.info({token})` is censored too.
      redact: { paths: ['token', '*.token', 'authorization', '*.authorization', 'headers', '*.headers'], remove: true },
    },
    destination,
  )
}
