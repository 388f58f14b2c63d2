/**
 * Every Yjs top-level name used by the app is declared here, once. Nothing builds a top-level name inline.
 */
export const DocNames = {
  /** `Y.Map<string, Y.Array<FieldEntry>>`: tldraw document-scope records keyed by record id, one array per record. */
  records: 'tl_records',
  /** `Y.Map<string, unknown>`: doc-level metadata (schema versions). Keys are in {@link MetaKeys}. */
  meta: 'meta',
  /** `Y.Map<string, Department>`: the board's departments keyed by id (see journey/department.ts). */
  departments: 'departments',
  /** `Y.Map<string, Y.Map>`: the roadmap's initiatives, triggers and stimuli (see roadmap/roadmapDoc.ts). */
  roadmap: 'roadmap',
  /** `Y.Map`: the CX strategy's stakeholders, personas, maturity and texts (see strategy/strategyDoc.ts). */
  strategy: 'strategy',
} as const

/**
 * Top-level names of the board's control doc (`/sync/:boardId/control`), which only facilitators may write. Keys of
 * the `workshop` map are in `WorkshopKeys` (workshop/workshopDoc.ts).
 */
export const ControlDocNames = {
  /** `Y.Map<string, JSON>`: the workshop's shared state (timer, follow, lock, agenda…), one plain value per key. */
  workshop: 'workshop',
} as const

/** Top-level names of a board's server-only ballots doc (stored kind `ballots`, never synced to clients). */
export const BallotDocNames = {
  /** `Y.Map<string, Y.Map<JSON>>`: per vote id, each voter's ballot (`server/src/votes/ballotsDoc.ts`). */
  votes: 'votes',
} as const

/** Keys of the doc's `meta` map. */
export const MetaKeys = {
  /** The serialized tldraw store schema (`store.schema.serialize()`) last written to this doc. */
  tldrawSchema: 'tldrawSchema',
  /** The app's own doc layout version ({@link DOC_VERSION}). */
  docVersion: 'docVersion',
  /** The board's title, mirrored from the server's metadata by the client that renamed it, so open boards update. */
  title: 'title',
} as const

/** Version of the app's doc layout (the names above and the per-field record encoding). */
export const DOC_VERSION = 1

/** The Y.Docs of one board: the canvas document, and the facilitator-only control document (synced at `/control`). */
export const DOC_KINDS = ['board', 'control'] as const
/** One of a board's Y.Docs. */
export type DocKind = (typeof DOC_KINDS)[number]

/**
 * Every Y.Doc the server stores for a board: the two synced ones, and `ballots` — the votes of open dot votes, which
 * only the server reads and writes (never synced to clients, so a participant cannot see or forge others' votes).
 */
export const STORED_DOC_KINDS = [...DOC_KINDS, 'ballots'] as const
/** One of the Y.Docs the server stores for a board. */
export type StoredDocKind = (typeof STORED_DOC_KINDS)[number]
