import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ControlDocNames } from '../docNames.ts'
import { parseAgenda, parseTimer, readWorkshop, timerRemaining, writeWorkshop } from './workshopDoc.ts'

describe('the workshop state in the control doc', () => {
  it('reads defaults from an empty doc and writes each key whole', () => {
    const doc = new Y.Doc()
    expect(readWorkshop(doc)).toEqual({
      timer: null,
      follow: null,
      lock: { grids: false },
      agenda: { items: [], currentId: null },
      brainstorm: null,
      vote: null,
      presenting: { hideCursors: false },
    })
    writeWorkshop(doc, 'timer', { status: 'running', durationMs: 300_000, endsAt: 1_000_300_000 })
    writeWorkshop(doc, 'lock', { grids: true })
    writeWorkshop(doc, 'follow', { userId: 'p1', name: 'Анна', startedAt: 5 })
    expect(readWorkshop(doc)).toMatchObject({
      timer: { status: 'running', endsAt: 1_000_300_000 },
      lock: { grids: true },
      follow: { userId: 'p1' },
    })
    writeWorkshop(doc, 'follow', null)
    expect(readWorkshop(doc).follow).toBeNull()
    expect(doc.getMap(ControlDocNames.workshop).has('follow')).toBe(false)
  })

  it('reads malformed values as their defaults', () => {
    expect(parseTimer({ status: 'running', durationMs: 10 })).toBeNull()
    expect(parseTimer({ status: 'paused', durationMs: 10, remainingMs: -5 })).toEqual({
      status: 'paused',
      durationMs: 10,
      remainingMs: 0,
    })
    expect(parseTimer('5 minutes')).toBeNull()
    expect(
      parseAgenda({
        items: [{ id: 'a', title: 'Intro', minutes: 10 }, { id: 'a' }, { title: 'no id' }, { id: 'b', minutes: -1 }],
        currentId: 'zzz',
      }),
    ).toEqual({
      items: [
        { id: 'a', title: 'Intro', minutes: 10 },
        { id: 'b', title: '', minutes: null },
      ],
      currentId: null,
    })
  })

  it('counts down a running timer and holds a paused one', () => {
    expect(timerRemaining({ status: 'running', durationMs: 60_000, endsAt: 100_000 }, 40_000)).toBe(60_000)
    expect(timerRemaining({ status: 'running', durationMs: 60_000, endsAt: 100_000 }, 140_000)).toBe(0)
    expect(timerRemaining({ status: 'paused', durationMs: 60_000, remainingMs: 12_000 }, 1e12)).toBe(12_000)
  })
})
