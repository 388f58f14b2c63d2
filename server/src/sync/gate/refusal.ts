import { CloseCode } from '@cxmap/shared'

/** Thrown by the gate's checks: the update is refused, `message` says why (sent as the close reason). */
export class RefusedUpdate extends Error {
  override readonly name = 'RefusedUpdate'

  constructor(
    message: string,
    /** The close code: 4422, or 4400 for bytes that are not an update at all. */
    readonly code: number = CloseCode.invalidUpdate,
  ) {
    super(message)
  }
}

/** Throws {@link RefusedUpdate} with `reason` unless `condition` holds. */
export function require(condition: unknown, reason: string): asserts condition {
  if (!condition) throw new RefusedUpdate(reason)
}
