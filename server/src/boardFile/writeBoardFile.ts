import { buildRoadmapExport, readDocJourney, readRoadmap, readStrategyDoc, type StoredDocKind } from '@cxmap/shared'
import * as Y from 'yjs'
import { loadBoardDoc, readBoardJourney, readClosedVoteCounts, type BoardDocSource } from '../journey/journeyExport.ts'
import type { BoardRecord, BoardStore } from '../storage/types.ts'
import { APP_VERSION, BOARD_FILE_FORMAT, BOARD_FILE_VERSION, type BoardFile } from './format.ts'

/**
 * The board as one file: its metadata (no tokens), the merged Yjs state of each stored doc, and the journey and roadmap
 * as readable JSON. The synced docs come from their live rooms when loaded (else storage); the ballots doc, which only
 * the server writes and always stores before answering, from storage.
 */
export async function buildBoardFile(
  source: BoardDocSource,
  board: BoardRecord,
  now: Date = new Date(),
): Promise<BoardFile> {
  const [doc, control, ballots] = await Promise.all([
    loadBoardDoc(source, board.id, 'board'),
    loadBoardDoc(source, board.id, 'control'),
    loadStoredDoc(source.store, board.id, 'ballots'),
  ])
  try {
    return {
      format: BOARD_FILE_FORMAT,
      version: BOARD_FILE_VERSION,
      exportedAt: now.toISOString(),
      appVersion: APP_VERSION,
      board: {
        title: board.title,
        locale: board.locale,
        template: board.template,
        createdAt: board.createdAt,
        updatedAt: board.updatedAt,
      },
      docs: { board: encodeDoc(doc), control: encodeDoc(control), ballots: encodeDoc(ballots) },
      readable: {
        // As `journey.json` serves it: the journey with the board's stored strategy.
        journey: { ...readBoardJourney(doc, readClosedVoteCounts(control)), strategy: readStrategyDoc(doc) },
        roadmap: buildRoadmapExport(readRoadmap(doc), readDocJourney(doc)),
      },
    }
  } finally {
    doc.destroy()
    control.destroy()
    ballots.destroy()
  }
}

/** A stored doc with its snapshot and update log merged (the caller destroys it). */
export async function loadStoredDoc(store: BoardStore, boardId: string, kind: StoredDocKind): Promise<Y.Doc> {
  const stored = await store.loadDoc(boardId, kind)
  const doc = new Y.Doc()
  Y.transact(doc, () => stored.updates.forEach((update) => Y.applyUpdate(doc, update)))
  return doc
}

function encodeDoc(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64')
}

/** The board file as the JSON text that is downloaded or written (two-space indented: people open it). */
export function formatBoardFile(file: BoardFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}
