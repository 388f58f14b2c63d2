import {
  PERSONA_CARD_TYPE,
  createPersonaCardProps,
  createShapeRecord,
  getRecordsMap,
  readAllRecords,
  writeRecord,
  writeRecordFields,
  type DocRecord,
} from '@cxmap/shared'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { GatedDocs } from '../../../test/gateDocs.ts'

function personaCardRecord(props: Record<string, unknown> = {}): DocRecord {
  const card = createShapeRecord({ id: 'pc', type: PERSONA_CARD_TYPE, x: 0, y: 0, index: 'a6', props })
  return { ...card, props: { ...createPersonaCardProps('persona-1'), ...props } }
}

describe('persona cards through the gate', () => {
  it('accepts a persona card, its move and resize, and its deletion', () => {
    const docs = new GatedDocs()
    const card = personaCardRecord()
    expect(docs.write((doc) => writeRecord(getRecordsMap(doc), card))).toEqual({ ok: true })
    expect(readAllRecords(docs.server)['shape:pc']).toMatchObject({ type: PERSONA_CARD_TYPE })
    const resized = { ...card, x: 300, props: { ...(card.props as object), w: 420, h: 500 } }
    expect(docs.write((doc) => writeRecord(getRecordsMap(doc), resized, card))).toEqual({ ok: true })
    expect(readAllRecords(docs.server)['shape:pc']).toMatchObject({ x: 300, props: { w: 420, h: 500 } })
    expect(docs.write((doc) => getRecordsMap(doc).delete('shape:pc'))).toEqual({ ok: true })
    expect(readAllRecords(docs.server)['shape:pc']).toBeUndefined()
  })

  it.each([
    ['no persona', { personaId: '' }],
    ['a numeric persona id', { personaId: 3 }],
    ['a zero width', { w: 0 }],
    ['a text prop it does not have', { text: 'hi' }],
  ])('refuses a persona card with %s and stores nothing', (_, props) => {
    const docs = new GatedDocs()
    const before = Y.encodeStateVector(docs.server)
    const verdict = docs.write((doc) => writeRecord(getRecordsMap(doc), personaCardRecord(props)))
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/shape:pc is invalid/) })
    expect(Y.encodeStateVector(docs.server)).toEqual(before)
  })

  it('refuses an edit that empties the persona of a stored card', () => {
    const docs = new GatedDocs()
    const card = personaCardRecord()
    docs.write((doc) => writeRecord(getRecordsMap(doc), card))
    const emptied = { ...card, props: { ...(card.props as object), personaId: '' } }
    const verdict = docs.write((doc) => writeRecordFields(getRecordsMap(doc), emptied, ['props.personaId']))
    expect(verdict.ok).toBe(false)
    expect(readAllRecords(docs.server)['shape:pc']).toMatchObject({ props: { personaId: 'persona-1' } })
  })
})
