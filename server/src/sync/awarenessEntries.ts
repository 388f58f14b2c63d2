import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { MalformedMessageError } from './messages.ts'

/** One client's entry of a y-protocols awareness update, its state kept as the encoded JSON bytes. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  /** UTF-8 bytes of the state's JSON; `null` as JSON means the client left. */
  stateBytes: Uint8Array
}

const NULL_JSON = new TextEncoder().encode('null')

/** Whether an entry says its client left (state `null`). */
export function isRemoval(entry: AwarenessEntry): boolean {
  const bytes = entry.stateBytes
  return bytes.length === NULL_JSON.length && bytes.every((byte, index) => byte === NULL_JSON[index])
}

/**
 * Splits an awareness update into its entries without parsing any state: the server decides per entry (owner, size)
 * before paying for JSON. Throws {@link MalformedMessageError} on bytes that are not an awareness update.
 */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    const entries: AwarenessEntry[] = []
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      // y-protocols writes the state with writeVarString: a length-prefixed UTF-8 run, read here as bytes.
      entries.push({ clientId, clock, stateBytes: decoding.readVarUint8Array(decoder) })
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('Trailing bytes after the awareness update')
    return entries
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error
    throw new MalformedMessageError(`Bad awareness update: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Encodes entries back into an awareness update (the inverse of {@link readAwarenessEntries}). */
export function writeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarUint8Array(encoder, entry.stateBytes)
  }
  return encoding.toUint8Array(encoder)
}
