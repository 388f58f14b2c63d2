import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCardProps, JOURNEY_CARD_TYPE } from '../journey/card.ts'
import { createShapeRecord } from '../journey/shapeRecord.ts'
import {
  canSeeResults,
  closeVote,
  createVote,
  getClosedCounts,
  getVotableKind,
  MAX_VOTES_PER_PERSON,
  parseVote,
  parseVoteResults,
  sortByVotes,
  type WorkshopVote,
} from './vote.ts'
import { readWorkshop, writeWorkshop } from './workshopDoc.ts'

const settings = { votesPerPerson: 2, kinds: ['barrier' as const], anonymous: false, hideResults: true }

describe('a dot vote in the control doc', () => {
  it('round-trips through the workshop map', () => {
    const doc = new Y.Doc()
    const vote = createVote(settings, 'v1', 1000)
    writeWorkshop(doc, 'vote', vote)
    expect(readWorkshop(doc).vote).toEqual(vote)
    const closed = closeVote(vote, { counts: { 'shape:a': 3 }, voters: 2, names: { 'shape:a': ['Анна'] } }, 2000)
    writeWorkshop(doc, 'vote', closed)
    expect(readWorkshop(doc).vote).toMatchObject({ status: 'closed', closedAt: 2000, results: { voters: 2 } })
    expect(getClosedCounts(readWorkshop(doc).vote)).toEqual({ 'shape:a': 3 })
  })

  it('creates votes within bounds and drops names of an anonymous vote on close', () => {
    expect(createVote({ ...settings, votesPerPerson: 99 }, 'v', 0).votesPerPerson).toBe(MAX_VOTES_PER_PERSON)
    expect(createVote({ ...settings, votesPerPerson: 0 }, 'v', 0).votesPerPerson).toBe(1)
    const anonymous = createVote({ ...settings, anonymous: true }, 'v', 0)
    expect(closeVote(anonymous, { counts: {}, voters: 0, names: { x: ['A'] } }, 1).results).toEqual({
      counts: {},
      voters: 0,
    })
    expect(getClosedCounts(anonymous)).toBeNull()
    expect(getClosedCounts(null)).toBeNull()
  })

  it('parses leniently: malformed values are null, bad fields their defaults', () => {
    for (const bad of [null, 'x', [], {}, { id: '', status: 'open' }, { id: 'v', status: 'paused' }]) {
      expect(parseVote(bad)).toBeNull()
    }
    const parsed = parseVote({ id: 'v', status: 'open', votesPerPerson: 'many', kinds: ['barrier', 'nope', 'barrier'] })
    expect(parsed).toEqual<WorkshopVote>({
      id: 'v',
      status: 'open',
      votesPerPerson: 3,
      kinds: ['barrier'],
      anonymous: true,
      hideResults: false,
      openedAt: 0,
      closedAt: null,
      results: null,
      clearedAt: null,
      sharedAt: null,
    })
    expect(parseVote({ id: 'v', status: 'open', closedAt: 5 })?.closedAt).toBeNull()
    expect(parseVoteResults({ counts: { a: 2, b: 0, c: -1, d: 'x', e: 1.7 }, voters: -3 })).toEqual({
      counts: { a: 2, e: 1 },
      voters: 0,
    })
    expect(parseVoteResults({ counts: {}, voters: 1, names: { a: ['A', 3], b: 'x' } })?.names).toEqual({ a: ['A'] })
    expect(parseVoteResults({ voters: 1 })).toBeNull()
  })
})

describe('which cards may be voted on', () => {
  const card = (kind: 'barrier' | 'idea') =>
    createShapeRecord({ id: 'shape:c', type: JOURNEY_CARD_TYPE, x: 0, y: 0, index: 'a1', props: createCardProps(kind) })

  it('allows cards of the chosen kinds, every kind when none is chosen, and nothing else', () => {
    const barriersOnly = createVote(settings, 'v', 0)
    expect(getVotableKind(barriersOnly, card('barrier'))).toBe('barrier')
    expect(getVotableKind(barriersOnly, card('idea'))).toBeNull()
    const any = createVote({ ...settings, kinds: [] }, 'v', 0)
    expect(getVotableKind(any, card('idea'))).toBe('idea')
    expect(getVotableKind(any, { ...card('idea'), type: 'geo' })).toBeNull()
    expect(getVotableKind(any, { ...card('idea'), props: { kind: 'mystery' } })).toBeNull()
    expect(getVotableKind(any, null)).toBeNull()
  })

  it('shows counts to the facilitator always, to others unless hidden until close', () => {
    const hidden = { status: 'open' as const, hideResults: true }
    expect(canSeeResults(hidden, 'facilitator')).toBe(true)
    expect(canSeeResults(hidden, 'editor')).toBe(false)
    expect(canSeeResults({ ...hidden, status: 'closed' }, 'viewer')).toBe(true)
    expect(canSeeResults({ ...hidden, hideResults: false }, 'editor')).toBe(true)
  })
})

describe('sortByVotes', () => {
  it('puts the most voted first and keeps the order of ties', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ id }))
    const sorted = sortByVotes(items, (item) => item.id, { c: 3, b: 1, d: 1 })
    expect(sorted.map((item) => item.id)).toEqual(['c', 'b', 'd', 'a'])
    expect(items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd'])
  })
})
