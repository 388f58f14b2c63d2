import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { ROLES, visibleLinkRoles, type Role } from '@cxmap/shared'

/** SHA-256 hex digests of a board's three tokens: the only form in which tokens are stored. */
export type TokenHashes = Record<Role, string>

/** Generation numbers of the derived links; bumping one rotates that link (and, for the editor, the viewer's). */
export interface LinkGenerations {
  editor: number
  viewer: number
}

/**
 * A new random board id: 16 random bytes, base64url, never starting with "-" (one in 64 would), which a command line
 * reads as an option (`pnpm cxmap export-board <id>`). Drawing again costs 0.02 of the 128 bits.
 */
export function createBoardId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url')
    if (!id.startsWith('-')) return id
  }
}

/** A new random facilitator token: 32 random bytes, base64url. */
export function createFacilitatorToken(): string {
  return randomBytes(32).toString('base64url')
}

/** The editor token derived one-way from the facilitator token. */
export function deriveEditorToken(facilitatorToken: string, generation: number): string {
  return createHmac('sha256', facilitatorToken).update(`cxmap:editor:${generation}`).digest('base64url')
}

/** The viewer token derived one-way from the editor token. */
export function deriveViewerToken(editorToken: string, generation: number): string {
  return createHmac('sha256', editorToken).update(`cxmap:viewer:${generation}`).digest('base64url')
}

/** All three tokens of a board from its facilitator token. */
export function deriveBoardTokens(facilitatorToken: string, generations: LinkGenerations): Record<Role, string> {
  const editor = deriveEditorToken(facilitatorToken, generations.editor)
  return { facilitator: facilitatorToken, editor, viewer: deriveViewerToken(editor, generations.viewer) }
}

/** The tokens a holder of `role`'s `token` may share: its own and those derived from it. */
export function deriveVisibleTokens(
  role: Role,
  token: string,
  generations: LinkGenerations,
): Partial<Record<Role, string>> {
  const tokens: Partial<Record<Role, string>> = { [role]: token }
  if (role === 'facilitator') tokens.editor = deriveEditorToken(token, generations.editor)
  if (tokens.editor !== undefined) tokens.viewer = deriveViewerToken(tokens.editor, generations.viewer)
  const visible = visibleLinkRoles(role)
  return Object.fromEntries(Object.entries(tokens).filter(([r]) => visible.includes(r as Role)))
}

/** SHA-256 hex digest of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Hashes of a board's three tokens. */
export function hashBoardTokens(tokens: Record<Role, string>): TokenHashes {
  return {
    facilitator: hashToken(tokens.facilitator),
    editor: hashToken(tokens.editor),
    viewer: hashToken(tokens.viewer),
  }
}

/** The role `token` grants on a board with these hashes, or `null`; compares in constant time. */
export function resolveRole(token: string, hashes: TokenHashes): Role | null {
  const digest = Buffer.from(hashToken(token), 'hex')
  let match: Role | null = null
  // Every hash is compared, so the time taken does not tell which role (if any) matched.
  for (const role of ROLES) {
    const stored = Buffer.from(hashes[role], 'hex')
    if (stored.length === digest.length && timingSafeEqual(stored, digest) && match === null) match = role
  }
  return match
}

/** A board's tokens and link generations after {@link rotateBoardTokens}. */
export interface RotatedTokens {
  tokens: Record<Role, string>
  generations: LinkGenerations
}

/**
 * Regenerates `role`'s link. The viewer bumps its generation; the editor bumps its own, which changes the viewer token
 * derived from it; the facilitator gets a new random token, from which both others derive anew.
 */
export function rotateBoardTokens(role: Role, facilitatorToken: string, generations: LinkGenerations): RotatedTokens {
  const next: LinkGenerations =
    role === 'editor'
      ? { ...generations, editor: generations.editor + 1 }
      : role === 'viewer'
        ? { ...generations, viewer: generations.viewer + 1 }
        : generations
  const facilitator = role === 'facilitator' ? createFacilitatorToken() : facilitatorToken
  return { tokens: deriveBoardTokens(facilitator, next), generations: next }
}

/** The roles whose tokens differ between two sets of hashes: the links a rotation revoked. */
export function listChangedRoles(before: TokenHashes, after: TokenHashes): Role[] {
  return ROLES.filter((role) => before[role] !== after[role])
}
