import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Whether `given` equals the configured secret, in time that depends on neither (both are hashed first, so even their
 * lengths are not revealed by the comparison).
 */
export function matchesSecret(given: string | null | undefined, secret: string): boolean {
  if (!given) return false
  return timingSafeEqual(digest(given), digest(secret))
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}
