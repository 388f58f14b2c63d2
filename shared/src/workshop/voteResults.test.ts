import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { canSeeResults, closeVote, createVote, getClosedCounts, parseVote } from './vote.ts'
import {
  canClearResults,
  canSeeRanking,
  clearVoteResults,
  getActiveVote,
  isVoteCleared,
  restoreVoteResults,
  shareVoteResults,
} from './voteResults.ts'
import { readWorkshop, writeWorkshop } from './workshopDoc.ts'

const settings = { votesPerPerson: 2, kinds: ['barrier' as const], anonymous: false, hideResults: true }
const open = createVote(settings, 'v1', 1000)
const closed = closeVote(open, { counts: { 'shape:a': 3, 'shape:b': 1 }, voters: 2 }, 2000)

describe('clearing and restoring a vote’s results', () => {
  it('clears a closed vote: it counts nowhere, yet keeps its results in the control doc', () => {
    const doc = new Y.Doc()
    writeWorkshop(doc, 'vote', clearVoteResults(closed, 3000))
    const stored = readWorkshop(doc).vote
    expect(stored).toMatchObject({ status: 'closed', clearedAt: 3000, results: closed.results })
    expect(isVoteCleared(stored)).toBe(true)
    expect(getClosedCounts(stored)).toBeNull()
    expect(getActiveVote(stored)).toBeNull()
  })

  it('restores the cleared results exactly as they were', () => {
    const doc = new Y.Doc()
    writeWorkshop(doc, 'vote', clearVoteResults(closed, 3000))
    writeWorkshop(doc, 'vote', restoreVoteResults(readWorkshop(doc).vote!))
    const restored = readWorkshop(doc).vote
    expect(restored).toEqual(closed)
    expect(getClosedCounts(restored)).toEqual({ 'shape:a': 3, 'shape:b': 1 })
    expect(getActiveVote(restored)).toEqual(closed)
  })

  it('does not clear an open vote or one without results', () => {
    expect(canClearResults(open)).toBe(false)
    expect(clearVoteResults(open, 3000)).toBe(open)
    expect(canClearResults({ ...closed, results: null })).toBe(false)
    expect(canClearResults(null)).toBe(false)
    expect(canClearResults(closed)).toBe(true)
  })

  it('reads a cleared mark only on a closed vote, and old votes without the fields as neither cleared nor shared', () => {
    expect(parseVote({ ...open, clearedAt: 5 })?.clearedAt).toBeNull()
    const { clearedAt: _c, sharedAt: _s, ...old } = closed
    expect(parseVote(old)).toMatchObject({ clearedAt: null, sharedAt: null })
    expect(parseVote({ ...closed, clearedAt: 'x', sharedAt: 7 })).toMatchObject({ clearedAt: null, sharedAt: 7 })
  })

  it('hides a cleared vote’s counts from everyone but the facilitator', () => {
    const cleared = clearVoteResults({ ...closed, hideResults: false }, 3000)
    expect(canSeeResults(cleared, 'editor')).toBe(false)
    expect(canSeeResults(cleared, 'viewer')).toBe(false)
    expect(canSeeResults(cleared, 'facilitator')).toBe(true)
  })
})

describe('showing the ranking to everyone', () => {
  it('shows the ranking to participants only once shared, and never while the counts are hidden from them', () => {
    expect(canSeeRanking(closed, 'facilitator')).toBe(true)
    expect(canSeeRanking(closed, 'editor')).toBe(false)
    const shared = shareVoteResults(closed, true, 4000)
    expect(shared.sharedAt).toBe(4000)
    expect(canSeeRanking(shared, 'editor')).toBe(true)
    expect(canSeeRanking(shared, 'viewer')).toBe(true)
    // Shared while open with the counts hidden: participants see the ranking only after the close.
    const hiddenOpen = shareVoteResults(open, true, 4000)
    expect(canSeeRanking(hiddenOpen, 'editor')).toBe(false)
    expect(canSeeRanking({ ...hiddenOpen, hideResults: false }, 'editor')).toBe(true)
    expect(canSeeRanking(shareVoteResults(shared, false, 5000), 'editor')).toBe(false)
  })

  it('keeps the first share time when shared again, and unshares on clear', () => {
    const shared = shareVoteResults(closed, true, 4000)
    expect(shareVoteResults(shared, true, 9000)).toBe(shared)
    const cleared = clearVoteResults(shared, 5000)
    expect(cleared.sharedAt).toBeNull()
    expect(canSeeRanking(cleared, 'facilitator')).toBe(false)
  })
})
