import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEFAULT_PRESENTING, isCursorShown, parsePresenting } from './presenting.ts'
import { readWorkshop, writeWorkshop } from './workshopDoc.ts'

describe('presenting: hide the participants’ cursors', () => {
  it('reads leniently: only a literal true hides cursors', () => {
    expect(parsePresenting({ hideCursors: true })).toEqual({ hideCursors: true })
    expect(parsePresenting({ hideCursors: 'yes' })).toEqual(DEFAULT_PRESENTING)
    expect(parsePresenting(null)).toEqual(DEFAULT_PRESENTING)
    expect(parsePresenting([true])).toEqual(DEFAULT_PRESENTING)
  })

  it('travels through the control doc and reads back off when cleared', () => {
    const facilitator = new Y.Doc()
    const participant = new Y.Doc()
    facilitator.on('update', (update: Uint8Array) => Y.applyUpdate(participant, update))
    expect(readWorkshop(participant).presenting).toEqual(DEFAULT_PRESENTING)
    writeWorkshop(facilitator, 'presenting', { hideCursors: true })
    expect(readWorkshop(participant).presenting).toEqual({ hideCursors: true })
    writeWorkshop(facilitator, 'presenting', null)
    expect(readWorkshop(participant).presenting).toEqual(DEFAULT_PRESENTING)
  })

  it('hides only the participants’ cursors, and only while the flag is on', () => {
    expect(isCursorShown({ hideCursors: false }, false)).toBe(true)
    expect(isCursorShown({ hideCursors: true }, false)).toBe(false)
    expect(isCursorShown({ hideCursors: true }, true)).toBe(true)
  })
})
