import { LOCALES, MAX_TITLE_LENGTH, STORED_DOC_KINDS, TEMPLATE_IDS, type StoredDocKind } from '@cxmap/shared'
import { z } from 'zod'
import serverPackage from '../../package.json' with { type: 'json' }

/** The `format` field of every board file. */
export const BOARD_FILE_FORMAT = 'cxmap-board'

/** The layout version of board files this server writes and reads (docs/board-file.md). */
export const BOARD_FILE_VERSION = 1

/** File name extension of a board file: `<title>.cxmap.json`. */
export const BOARD_FILE_EXTENSION = 'cxmap.json'

/** The largest board file accepted for import, in bytes (the import route's body limit). */
export const MAX_BOARD_FILE_BYTES = 64 * 1024 * 1024

/** The version of the app that wrote a file (the server package's). */
export const APP_VERSION: string = serverPackage.version

// Standard base64 (what Buffer.toString('base64') writes), padding included.
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

const base64Schema = z.string().regex(BASE64_PATTERN, 'must be base64')

const docsShape = Object.fromEntries(STORED_DOC_KINDS.map((kind) => [kind, base64Schema])) as Record<
  StoredDocKind,
  typeof base64Schema
>

/** The schema of a board file (the Yjs states are checked further by `readBoardFile`). */
export const boardFileSchema = z.object({
  format: z.literal(BOARD_FILE_FORMAT, { error: `format must be "${BOARD_FILE_FORMAT}"` }),
  version: z.literal(BOARD_FILE_VERSION, { error: `version must be ${BOARD_FILE_VERSION}` }),
  exportedAt: z.string(),
  appVersion: z.string(),
  board: z.object({
    title: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
    locale: z.enum(LOCALES),
    template: z.enum(TEMPLATE_IDS),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  docs: z.object(docsShape),
  /** For people and other tools; import never reads it. */
  readable: z.object({ journey: z.unknown(), roadmap: z.unknown() }).optional(),
})

/** A board file as written by `buildBoardFile`: metadata, each stored doc's Yjs state, and readable exports. */
export type BoardFile = z.infer<typeof boardFileSchema>

/** The board's metadata in a board file (never its tokens or their hashes). */
export type BoardFileMetadata = BoardFile['board']
