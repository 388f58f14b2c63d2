import { describe, expect, it } from 'vitest'
import { createCursorFilter, isCollaboratorShown } from './cursorFilter'

const people = [
  { id: 'anna', role: 'facilitator' as const },
  { id: 'boris', role: 'editor' as const },
  { id: 'vera', role: 'viewer' as const },
]

describe('cursor filter while presenting', () => {
  it('draws everyone’s cursor when cursors are not hidden', () => {
    const filter = createCursorFilter({ hideCursors: false }, people)
    expect(['user:anna', 'user:boris', 'user:vera'].map((id) => isCollaboratorShown(filter, id))).toEqual([
      true,
      true,
      true,
    ])
  })

  it('hides the participants’ cursors and keeps the facilitators’ when hidden', () => {
    const filter = createCursorFilter({ hideCursors: true }, [...people, { id: 'gleb', role: 'facilitator' }])
    expect(filter.presenterIds).toEqual(['user:anna', 'user:gleb'])
    expect(isCollaboratorShown(filter, 'user:anna')).toBe(true)
    expect(isCollaboratorShown(filter, 'user:gleb')).toBe(true)
    expect(isCollaboratorShown(filter, 'user:boris')).toBe(false)
    expect(isCollaboratorShown(filter, 'user:vera')).toBe(false)
    // Someone whose role is not known (their presence came before their person) stays hidden.
    expect(isCollaboratorShown(filter, 'user:unknown')).toBe(false)
  })

  it('counts one person with several tabs once', () => {
    const filter = createCursorFilter({ hideCursors: true }, [...people, people[0]!])
    expect(filter.presenterIds).toEqual(['user:anna'])
  })
})
