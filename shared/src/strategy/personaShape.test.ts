import type { TLRecord } from '@tldraw/tlschema'
import { describe, expect, test } from 'vitest'
import { createBoardSchema } from '../journey/boardSchema.ts'
import { createShapeRecord } from '../journey/shapeRecord.ts'
import {
  PERSONA_CARD_DEFAULT_H,
  PERSONA_CARD_DEFAULT_W,
  PERSONA_CARD_TYPE,
  createPersonaCardProps,
  parsePersonaCardProps,
} from './personaShape.ts'

const schema = createBoardSchema()

function validate(record: unknown): TLRecord {
  return schema.types.shape.validate(record as TLRecord) as TLRecord
}

function personaCard(props: Record<string, unknown>) {
  return createShapeRecord({ id: 'p1', type: PERSONA_CARD_TYPE, x: 10, y: 20, index: 'a1', props })
}

describe('the persona card shape', () => {
  test('is in the board schema with its own migration sequence, at version 0', () => {
    expect(schema.serialize().sequences[`com.tldraw.shape.${PERSONA_CARD_TYPE}`]).toBe(0)
  })

  test('a new card validates under the board schema', () => {
    const record = personaCard({ ...createPersonaCardProps('persona-1') })
    expect(validate(record)).toEqual(record)
    expect(createPersonaCardProps('x', { w: 400 })).toEqual({ personaId: 'x', w: 400, h: PERSONA_CARD_DEFAULT_H })
  })

  test.each([
    ['no persona', { personaId: '' }],
    ['a persona id that is not a string', { personaId: 7 }],
    ['a persona id of 201 characters', { personaId: 'p'.repeat(201) }],
    ['a zero width', { w: 0 }],
    ['a negative height', { h: -5 }],
    ['a NaN width', { w: Number.NaN }],
    ['an extra prop', { text: 'hello' }],
  ])('refuses a card with %s', (_, patch) => {
    expect(() => validate(personaCard({ ...createPersonaCardProps('persona-1'), ...patch }))).toThrow()
  })

  test('without its props it is refused', () => {
    expect(() => validate(personaCard({ w: 10, h: 10 }))).toThrow()
  })
})

describe('parsePersonaCardProps', () => {
  test('gives back what the validator accepts', () => {
    const props = createPersonaCardProps('persona-1', { w: 320, h: 400 })
    expect(parsePersonaCardProps({ ...props })).toEqual(props)
    expect(() => validate(personaCard({ ...parsePersonaCardProps({ personaId: 'a', w: -1 }) }))).not.toThrow()
  })

  test('falls back to the default size for a bad one', () => {
    expect(parsePersonaCardProps({ personaId: 'a', w: -1, h: 'tall' })).toEqual({
      personaId: 'a',
      w: PERSONA_CARD_DEFAULT_W,
      h: PERSONA_CARD_DEFAULT_H,
    })
    expect(parsePersonaCardProps({ personaId: 'a', w: 0, h: Infinity })).toMatchObject({
      w: PERSONA_CARD_DEFAULT_W,
      h: PERSONA_CARD_DEFAULT_H,
    })
  })

  test('gives null without a usable persona id', () => {
    expect(parsePersonaCardProps({})).toBeNull()
    expect(parsePersonaCardProps({ personaId: '' })).toBeNull()
    expect(parsePersonaCardProps({ personaId: ['a'] })).toBeNull()
    expect(parsePersonaCardProps({ personaId: 'p'.repeat(201) })).toBeNull()
  })
})
