/*
 * tldraw orders siblings by fractional index keys (base-62 "order keys": a head letter giving the length of the
 * integer part, then its digits, then an optional fraction without trailing zeros). We only ever need fresh keys above
 * a known one, so we step the integer part as tldraw's own `getIndicesAbove` does in tests: 'a1' … 'az', 'b00' … 'bzz',
 * 'c000' …, which gives 61 + 3,844 + 238,328 … keys, each valid for tldraw's `validateIndexKey`.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

// tldraw reserves the smallest integer key: it has no predecessor.
const SMALLEST_INTEGER = 'A' + '0'.repeat(26)

/** The first key tldraw gives a shape on an empty page. */
export const FIRST_INDEX_KEY = 'a1'

/** `n` ascending index keys, all above `after` (or starting at {@link FIRST_INDEX_KEY} when none is given). */
export function generateIndexKeys(n: number, after?: string): string[] {
  if (after !== undefined && !isIndexKey(after)) throw new Error(`Not an index key: ${after}`)
  const keys: string[] = []
  // Every key with a positive integer part (head 'a'…'z') sorts above every negative one (head 'A'…'Z').
  let key =
    after === undefined || after < 'a' ? FIRST_INDEX_KEY : incrementInteger(after.slice(0, getIntegerLength(after)))
  for (let i = 0; i < n; i++) {
    keys.push(key)
    key = incrementInteger(key)
  }
  return keys
}

/** Whether `key` is a canonical tldraw index key: a head letter, its integer digits, a fraction without trailing 0. */
export function isIndexKey(key: unknown): key is string {
  if (typeof key !== 'string' || !/^[A-Za-z][0-9A-Za-z]*$/.test(key) || key === SMALLEST_INTEGER) return false
  const length = getIntegerLength(key)
  return key.length >= length && (key.length === length || !key.endsWith('0'))
}

// 'a' → 2 characters, 'b' → 3 … ('a1', 'b01'); 'Z' → 2, 'Y' → 3 … for the negative integers below 'a0'.
function getIntegerLength(key: string): number {
  const head = key.charCodeAt(0)
  return head >= 97 ? head - 97 + 2 : 90 - head + 2
}

// Adds one to a positive base-62 integer part; on overflow the head letter grows and so does the number of digits.
function incrementInteger(integer: string): string {
  const head = integer[0] ?? 'a'
  const digits = integer.slice(1).split('')
  for (let i = digits.length - 1; i >= 0; i--) {
    const next = DIGITS.indexOf(digits[i] ?? '0') + 1
    if (next < DIGITS.length) {
      digits[i] = DIGITS[next] ?? '0'
      return head + digits.join('')
    }
    digits[i] = '0'
  }
  if (head === 'z') throw new Error('No index key above ' + integer)
  return String.fromCharCode(head.charCodeAt(0) + 1) + digits.join('') + '0'
}
