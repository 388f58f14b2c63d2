import {
  BallotDocNames,
  CARD_DEFAULT_H,
  CARD_DEFAULT_W,
  ControlDocNames,
  DocNames,
  JOURNEY_GRID_TYPE,
  addAgendaItem,
  closeVote,
  createInitiative,
  createVote,
  getLaneOffsets,
  getStageOffsets,
  readAllRecords,
  startTimer,
  writeWorkshop,
  type JourneyGridProps,
  type StoredDocKind,
} from '@cxmap/shared'
import * as Y from 'yjs'
import { loadStoredDoc } from '../src/boardFile/writeBoardFile.ts'
import type { BoardStore } from '../src/storage/types.ts'
import { sealVote, writeBallot } from '../src/votes/ballotsDoc.ts'
import { createCardRecord, encodeRecordsUpdate, listRecordsOfType, loadStoredBoardDoc } from './boardDocs.ts'

const VOTE_ID = 'vote-1'

/**
 * Fills a board created from a template with a grid (`base-cjm`) with what a round trip must keep: two cards in a
 * grid cell and a free one, an initiative sourced from a card, a running timer, an agenda, a closed vote with its
 * results in the control doc and its sealed ballots.
 */
export async function fillRichBoard(store: BoardStore, boardId: string): Promise<void> {
  const [grid] = listRecordsOfType(readAllRecords(await loadStoredBoardDoc(store, boardId)), JOURNEY_GRID_TYPE)
  if (!grid) throw new Error('fillRichBoard: the board has no grid')
  const { x: gridX, y: gridY, props } = grid as unknown as { x: number; y: number; props: JourneyGridProps }
  const [stage, lane] = [props.stages[1]!, props.lanes[0]!]
  const x = gridX + getStageOffsets(props)[1]! + stage.w / 2 - CARD_DEFAULT_W / 2
  const y = gridY + getLaneOffsets(props)[0]! + lane.h / 2 - CARD_DEFAULT_H / 2
  const cards = [
    createCardRecord('shape:pain', 'Долгое ожидание ответа', 'barrier', x, y),
    createCardRecord('shape:wish', 'Answer within a day', 'expectation', x, y + 10),
    createCardRecord('shape:free', 'A free note', 'idea'),
  ]
  await store.appendUpdate(boardId, 'board', encodeRecordsUpdate(cards))

  // On the stored doc itself: a fresh doc's `initiatives` section would compete with the board's own, and which one
  // survives would depend on the random client ids.
  const board = await loadStoredBoardDoc(store, boardId)
  const before = Y.encodeStateVector(board)
  createInitiative(board, { id: 'initiative-1', title: 'Reply in a day', wave: 1 })
  await store.appendUpdate(boardId, 'board', Y.encodeStateAsUpdate(board, before))

  const control = new Y.Doc()
  const settings = { votesPerPerson: 3, kinds: [], anonymous: false, hideResults: false }
  const results = { counts: { 'shape:pain': 3, 'shape:wish': 1 }, voters: 2, names: { 'shape:pain': ['Ann', 'Bob'] } }
  control.transact(() => {
    writeWorkshop(control, 'timer', startTimer(5 * 60_000, 1_000))
    writeWorkshop(control, 'agenda', addAgendaItem({ items: [], currentId: null }, 'Brainstorm', { minutes: 15 }))
    writeWorkshop(control, 'vote', closeVote(createVote(settings, VOTE_ID, 2_000), results, 3_000))
  })
  await store.appendUpdate(boardId, 'control', Y.encodeStateAsUpdate(control))

  const ballots = new Y.Doc()
  writeBallot(ballots, VOTE_ID, 'a'.repeat(64), { cardIds: ['shape:pain', 'shape:pain', 'shape:wish'], name: 'Ann' })
  writeBallot(ballots, VOTE_ID, 'b'.repeat(64), { cardIds: ['shape:pain'], name: 'Bob' })
  sealVote(ballots, VOTE_ID)
  await store.appendUpdate(boardId, 'ballots', Y.encodeStateAsUpdate(ballots))
}

const TOP_LEVEL_NAMES: Record<StoredDocKind, readonly string[]> = {
  board: Object.values(DocNames),
  control: Object.values(ControlDocNames),
  ballots: Object.values(BallotDocNames),
}

/** The stored content of each of a board's docs as plain JSON, top-level name by name (comparable across boards). */
export async function readStoredContent(store: BoardStore, boardId: string): Promise<Record<StoredDocKind, unknown>> {
  const content: Partial<Record<StoredDocKind, unknown>> = {}
  for (const kind of Object.keys(TOP_LEVEL_NAMES) as StoredDocKind[]) {
    const doc = await loadStoredDoc(store, boardId, kind)
    content[kind] = Object.fromEntries(TOP_LEVEL_NAMES[kind].map((name) => [name, doc.getMap(name).toJSON()]))
    doc.destroy()
  }
  return content as Record<StoredDocKind, unknown>
}
