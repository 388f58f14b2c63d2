import {
  isPlainObject,
  MAX_PERSON_FIELD_LENGTH,
  MAX_PRESENCE_TEXT_LENGTH,
  PresenceStateField,
  VOTER_KEY_PATTERN,
  type Role,
} from '@cxmap/shared'

/** Strings of tldraw's presence record that other clients show as text. */
const PRESENCE_TEXT_FIELDS = ['userName', 'chatMessage'] as const

/**
 * Makes an awareness state that a connection published tell what the server knows, in place (the state is the one
 * the awareness just parsed, so no second parse): the person's role becomes the connection's, every string of the
 * person and the presence record's names are cut to their caps, and the voter key is taken out (never relayed).
 * Returns the voter key it carried when well-formed, else null.
 */
export function stampAwarenessState(state: Record<string, unknown>, role: Role): string | null {
  const voterKey = state[PresenceStateField.voterKey]
  // `undefined` rather than `delete`: JSON.stringify leaves it out, and the object keeps its shape.
  if (voterKey !== undefined) state[PresenceStateField.voterKey] = undefined
  const person = state[PresenceStateField.person]
  if (isPlainObject(person)) {
    // A parsed JSON object: every key is its own (no inherited ones to skip), and no array is allocated per message.
    for (const field in person) {
      const value = person[field]
      if (typeof value === 'string' && value.length > MAX_PERSON_FIELD_LENGTH) {
        person[field] = value.slice(0, MAX_PERSON_FIELD_LENGTH)
      }
    }
    person.role = role
  }
  const presence = state[PresenceStateField.presence]
  if (isPlainObject(presence)) {
    for (const field of PRESENCE_TEXT_FIELDS) {
      const value = presence[field]
      if (typeof value === 'string' && value.length > MAX_PRESENCE_TEXT_LENGTH) {
        presence[field] = value.slice(0, MAX_PRESENCE_TEXT_LENGTH)
      }
    }
  }
  return typeof voterKey === 'string' && VOTER_KEY_PATTERN.test(voterKey) ? voterKey : null
}
