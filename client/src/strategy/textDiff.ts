/** One edit that turns a text into another: delete `deleteCount` characters at `index`, then insert `insert` there. */
export interface TextDiff {
  index: number
  deleteCount: number
  insert: string
}

/**
 * The smallest single edit from `before` to `after` (common prefix and suffix kept). `caret`, where the caret stands in
 * `after` once the person typed, settles ambiguous cases: typing "a" into "aa" at the start is an insert at 0, not 2.
 * `null` when the texts are equal.
 */
export function diffText(before: string, after: string, caret?: number): TextDiff | null {
  if (before === after) return null
  let maxPrefix = Math.min(before.length, after.length)
  if (caret !== undefined)
    maxPrefix = Math.max(0, Math.min(maxPrefix, caret - Math.max(0, after.length - before.length)))
  let prefix = 0
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  const maxSuffix = Math.min(before.length, after.length) - prefix
  let suffix = 0
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++
  }
  // Never split a surrogate pair: an emoji is one character to Y.Text's peers as well.
  if (prefix > 0 && isHighSurrogate(after.charCodeAt(prefix - 1))) prefix--
  if (suffix > 0 && isLowSurrogate(after.charCodeAt(after.length - suffix))) suffix--
  return {
    index: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  }
}

/** A Y.Text change as Yjs reports it (`YTextEvent.delta`): retain, insert or delete runs in order. */
export type TextDelta = readonly { insert?: unknown; delete?: number; retain?: number }[]

/**
 * Where a position in the old text stands after a change: text inserted before it pushes it right (text inserted
 * exactly at it does not: the caret stays before someone else's typing), deleted text before it pulls it left.
 */
export function transformPosition(position: number, delta: TextDelta): number {
  let index = 0
  let result = position
  for (const op of delta) {
    if (index > position) break
    if (op.retain !== undefined) {
      index += op.retain
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1
      if (index < position) result += length
    } else if (op.delete !== undefined) {
      result -= Math.max(0, Math.min(op.delete, position - index))
      index += op.delete
    }
  }
  return result
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
