import { randomBytes } from 'node:crypto'
import { hashToken } from './tokens.ts'

/** A print token handed to the headless browser for one export; `revoke()` ends it before its expiry. */
export interface PrintTokenGrant {
  token: string
  boardId: string
  expiresAt: number
  revoke(): void
}

/** Options of {@link PrintTokens}. */
export interface PrintTokensOptions {
  ttlMs: number
  /** The clock, in epoch milliseconds (tests pass a fake one). */
  now?: () => number
}

interface Entry {
  boardId: string
  expiresAt: number
}

/**
 * Short-lived read-only tokens for the PDF export's headless browser. Only their hashes are kept, in memory, each with
 * its board and expiry: a print token opens that one board as a viewer until it expires or is revoked, and a restart
 * forgets them all (an export in flight fails and can be retried).
 */
export class PrintTokens {
  private readonly entries = new Map<string, Entry>()
  private readonly ttlMs: number
  private readonly now: () => number

  constructor({ ttlMs, now = Date.now }: PrintTokensOptions) {
    this.ttlMs = ttlMs
    this.now = now
  }

  /** Mints a random token for `boardId`, valid for the configured time. */
  issue(boardId: string): PrintTokenGrant {
    this.removeExpired()
    const token = randomBytes(32).toString('base64url')
    const tokenHash = hashToken(token)
    const expiresAt = this.now() + this.ttlMs
    this.entries.set(tokenHash, { boardId, expiresAt })
    return { token, boardId, expiresAt, revoke: () => void this.entries.delete(tokenHash) }
  }

  /** Whether `token` is a live print token of `boardId`. */
  opens(boardId: string, token: string): boolean {
    const tokenHash = hashToken(token)
    const entry = this.entries.get(tokenHash)
    if (!entry) return false
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(tokenHash)
      return false
    }
    return entry.boardId === boardId
  }

  /** How many tokens are live. */
  get size(): number {
    this.removeExpired()
    return this.entries.size
  }

  private removeExpired(): void {
    const now = this.now()
    for (const [hash, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(hash)
  }
}
