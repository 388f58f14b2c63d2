import { getRecordsMap, getVotableKind, readRecordById, readWorkshop, type WorkshopVote } from '@cxmap/shared'
import { readBoardDoc, type LiveDocSource } from '../journey/journeyExport.ts'

/**
 * Where the vote routes read a board's synced docs: the live room's doc itself when one holds it (every dot cast reads
 * the board, and copying a large board for one card cost ~55 ms), else storage.
 */
export type VoteDocSource = LiveDocSource

/** The board's current vote as the facilitator last wrote it in the control doc, or null. */
export function loadCurrentVote(source: VoteDocSource, boardId: string): Promise<WorkshopVote | null> {
  return readBoardDoc(source, boardId, 'control', (doc) => readWorkshop(doc).vote)
}

/** What the board doc says of a card for a vote: not on the board, not votable in this vote (not a card, or a kind the
 * vote leaves out), or votable. */
export type CardCheck = 'missing' | 'excluded' | 'ok'

/** Whether the card exists on the board now and may be voted on in `vote`. */
export function checkVotableCard(
  source: VoteDocSource,
  boardId: string,
  vote: WorkshopVote,
  cardId: string,
): Promise<CardCheck> {
  return readBoardDoc(source, boardId, 'board', (doc) => {
    const map = getRecordsMap(doc)
    if (!map.has(cardId)) return 'missing'
    return getVotableKind(vote, readRecordById(map, cardId)) === null ? 'excluded' : 'ok'
  })
}
