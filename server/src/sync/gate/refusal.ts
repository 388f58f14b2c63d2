import { CloseCode } from '@cxmap/shared'

/** Thrown by the gate's checks: the update is refused, `message` says why (sent as the close reason). */
export class RefusedUpdate extends Error {
  override readonly name: string = 'RefusedUpdate'

  constructor(
    message: string,
    /** The close code: 4422, or 4400 for bytes that are not an update at all. */
    readonly code: number = CloseCode.invalidUpdate,
  ) {
    super(message)
  }
}

/**
 * Thrown when an update needs state the doc lacks (Yjs would keep it pending). An honest client sends one when it edits
 * between reconnecting and answering the server's syncStep1 with its offline work: it is asked for what is missing.
 */
export class MissingState extends RefusedUpdate {
  override readonly name = 'MissingState'
}

/** Throws {@link RefusedUpdate} with `reason` unless `condition` holds. */
export function require(condition: unknown, reason: string): asserts condition {
  if (!condition) throw new RefusedUpdate(reason)
}
