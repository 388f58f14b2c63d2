/**
 * Top-level fields of a CX Map awareness state, as the browser publishes them and the server relays them. The server
 * reads only these: it stamps the person's role, caps the strings and keeps the voter key to itself.
 */
export const PresenceStateField = {
  /** Who the client is: `{id, name, color, department, role}`; `role` is the connection's, stamped by the server. */
  person: 'person',
  /** tldraw's `instance_presence` record (cursor, selection, camera) or `null`. */
  presence: 'presence',
  /**
   * The browser's voter key, claimed for its board connection: the server binds the first one a voting connection
   * announces to that connection for its lifetime and never relays it.
   */
  voterKey: 'voterKey',
} as const

/** Longest string kept in a person's fields (name, department, id, color), in UTF-16 units; longer ones are cut. */
export const MAX_PERSON_FIELD_LENGTH = 80

/** Longest name or chat message kept in a relayed tldraw presence record. */
export const MAX_PRESENCE_TEXT_LENGTH = 200
