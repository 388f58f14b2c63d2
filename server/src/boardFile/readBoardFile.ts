import { DOC_KINDS, STORED_DOC_KINDS, isPlainObject, type StoredDocKind } from '@cxmap/shared'
import * as Y from 'yjs'
import {
  BOARD_FILE_FORMAT,
  BOARD_FILE_VERSION,
  MAX_BOARD_FILE_BYTES,
  boardFileSchema,
  type BoardFileMetadata,
} from './format.ts'

/** Why a board file cannot be imported; the message is for the person who picked the file. */
export class BoardFileError extends Error {
  override name = 'BoardFileError'
}

/** A board file whose board is larger than this server lets a board grow (`MAX_DOC_BYTES`). */
export class BoardTooLargeError extends BoardFileError {
  override name = 'BoardTooLargeError'
}

/**
 * Refuses a board that could not be used here: a document past `maxDocBytes` would be stored, then opened read-only
 * (or not at all) by every room. Said in the units an administrator sets.
 */
export function requireFitsDocLimit(file: ImportableBoard, maxDocBytes: number): void {
  for (const kind of DOC_KINDS) {
    const bytes = file.docs[kind].byteLength
    if (bytes <= maxDocBytes) continue
    throw new BoardTooLargeError(
      `The board in this file holds ${formatKiB(bytes)} in its ${kind} document; this server keeps boards under ` +
        `${formatKiB(maxDocBytes)} (MAX_DOC_BYTES). Ask the administrator to raise MAX_DOC_BYTES, or import it elsewhere.`,
    )
  }
}

function formatKiB(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('en')} KiB`
}

/** What an import takes from a board file: the metadata and each stored doc's Yjs state (the readable part is unused). */
export interface ImportableBoard {
  board: BoardFileMetadata
  docs: Record<StoredDocKind, Uint8Array>
}

/**
 * Checks a board file's text — size, JSON, format, version, fields — and that each doc's state decodes into a
 * complete Yjs doc. Throws {@link BoardFileError} saying what is wrong.
 */
export function readBoardFile(text: string): ImportableBoard {
  if (Buffer.byteLength(text) > MAX_BOARD_FILE_BYTES) {
    throw new BoardFileError(`The board file is larger than ${MAX_BOARD_FILE_BYTES / 1024 / 1024} MB`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new BoardFileError('The board file is not JSON')
  }
  checkFormatAndVersion(json)
  const parsed = boardFileSchema.safeParse(json)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`)
    throw new BoardFileError(`The board file is invalid: ${issues.join('; ')}`)
  }
  const docs = Object.fromEntries(
    STORED_DOC_KINDS.map((kind) => [kind, decodeDocState(kind, parsed.data.docs[kind])]),
  ) as Record<StoredDocKind, Uint8Array>
  return { board: parsed.data.board, docs }
}

// Checked first, so that a wrong file (or one from a newer app) is named as such rather than by a list of fields.
function checkFormatAndVersion(json: unknown): void {
  if (!isPlainObject(json) || json.format !== BOARD_FILE_FORMAT) {
    throw new BoardFileError(`This is not a CX Map board file (no "format": "${BOARD_FILE_FORMAT}")`)
  }
  if (json.version !== BOARD_FILE_VERSION) {
    const newer = typeof json.version === 'number' && json.version > BOARD_FILE_VERSION
    throw new BoardFileError(
      newer
        ? `The board file has version ${json.version}, newer than this server reads (${BOARD_FILE_VERSION}): ` +
            'upgrade CX Map to import it'
        : `The board file's version must be ${BOARD_FILE_VERSION}, got ${JSON.stringify(json.version)}`,
    )
  }
}

/** The bytes of a doc's state once they proved to decode into a complete doc (nothing missing, nothing pending). */
function decodeDocState(kind: StoredDocKind, base64: string): Uint8Array {
  const update = new Uint8Array(Buffer.from(base64, 'base64'))
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, update)
    // A state that refers to structs it does not contain is a fragment of a doc, not a doc.
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
      throw new Error('the state is incomplete')
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new BoardFileError(`The board file's "${kind}" document is not a valid Yjs state (${reason})`)
  } finally {
    doc.destroy()
  }
  return update
}
