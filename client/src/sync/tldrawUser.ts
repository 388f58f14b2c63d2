import { UserRecordType, type TLUser, type TLUserPreferences } from 'tldraw'
import type { Identity } from '../state/identityStore'

/** tldraw's user record for an identity: its id is tldraw's user id, so peers' cursors carry our names. */
export function toTLUser(identity: Identity): TLUser {
  return UserRecordType.create({
    id: UserRecordType.createId(identity.id),
    name: identity.name,
    color: identity.color,
    meta: { department: identity.department },
  })
}

/** The preferences tldraw reads for the local user: ours for identity and language, tldraw's own for the rest. */
export function toUserPreferences(
  identity: Identity | null,
  locale: string,
  ownPreferences: Partial<TLUserPreferences>,
): TLUserPreferences {
  return {
    ...ownPreferences,
    id: identity?.id ?? 'anonymous',
    name: identity?.name ?? null,
    color: identity?.color ?? null,
    locale,
  }
}
