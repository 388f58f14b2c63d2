import { create } from 'zustand'
import { persist } from 'zustand/middleware'

/** Who this browser's user is on every board: shown on cursors, the participants list and new cards. */
export interface Identity {
  /** Stable random id of this browser's user (also tldraw's user id). */
  id: string
  name: string
  /** A colour from {@link IDENTITY_COLORS}, as `#rrggbb`. */
  color: string
  department: string
}

/** Colours offered for a person's cursor and avatar: distinct, readable with white initials. */
export const IDENTITY_COLORS = [
  '#e03131',
  '#f76707',
  '#e8a100',
  '#2f9e44',
  '#0c8599',
  '#1971c2',
  '#5f3dc4',
  '#c2255c',
  '#495057',
] as const

/** Longest name or department kept, in characters. */
export const MAX_IDENTITY_FIELD_LENGTH = 60

interface IdentityState {
  identity: Identity | null
  saveIdentity: (fields: Omit<Identity, 'id'>) => void
}

/** Creates a random id for a new person; `crypto.randomUUID` is missing on plain-http origins other than localhost. */
export function createPersonId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function isIdentity(value: unknown): value is Identity {
  if (!value || typeof value !== 'object') return false
  const { id, name, color, department } = value as Record<string, unknown>
  return (
    typeof id === 'string' && typeof name === 'string' && typeof color === 'string' && typeof department === 'string'
  )
}

/** This browser's identity, asked once and kept in localStorage. */
export const useIdentityStore = create<IdentityState>()(
  persist(
    (set, get) => ({
      identity: null,
      saveIdentity: (fields) => {
        const id = get().identity?.id ?? createPersonId()
        set({
          identity: {
            id,
            name: fields.name.trim().slice(0, MAX_IDENTITY_FIELD_LENGTH),
            color: fields.color,
            department: fields.department.trim().slice(0, MAX_IDENTITY_FIELD_LENGTH),
          },
        })
      },
    }),
    {
      name: 'cxmap.identity',
      version: 1,
      partialize: ({ identity }) => ({ identity }),
      merge: (persisted, current) => {
        const identity = (persisted as Partial<IdentityState> | undefined)?.identity
        return isIdentity(identity) ? { ...current, identity } : current
      },
    },
  ),
)

/** Selector: the saved identity, or `null` before the first visit's dialog. */
export const selectIdentity = (state: IdentityState) => state.identity
/** Selector: the action that saves the identity. */
export const selectSaveIdentity = (state: IdentityState) => state.saveIdentity
