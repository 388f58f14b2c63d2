import { getRecordsMap, getVotableKind, readRecordById, readWorkshop, type WorkshopVote } from '@cxmap/shared'
import { loadBoardDoc, type BoardDocSource } from '../journey/journeyExport.ts'

/** Where the vote routes read a board's synced docs: the live room when one holds it, else storage. */
export type VoteDocSource = BoardDocSource

/** The board's current vote as the facilitator last wrote it in the control doc, or null. */
export async function loadCurrentVote(source: VoteDocSource, boardId: string): Promise<WorkshopVote | null> {
  const doc = await loadBoardDoc(source, boardId, 'control')
  try {
    return readWorkshop(doc).vote
  } finally {
    doc.destroy()
  }
}

/** What the board doc says of a card for a vote: not on the board, not votable in this vote (not a card, or a kind the
 * vote leaves out), or votable. */
export type CardCheck = 'missing' | 'excluded' | 'ok'

/** Whether the card exists on the board now and may be voted on in `vote`. */
export async function checkVotableCard(
  source: VoteDocSource,
  boardId: string,
  vote: WorkshopVote,
  cardId: string,
): Promise<CardCheck> {
  const doc = await loadBoardDoc(source, boardId, 'board')
  try {
    const map = getRecordsMap(doc)
    if (!map.has(cardId)) return 'missing'
    return getVotableKind(vote, readRecordById(map, cardId)) === null ? 'excluded' : 'ok'
  } finally {
    doc.destroy()
  }
}
