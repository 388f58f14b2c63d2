import { describe, expect, test } from 'vitest'
import { isJsonEqual } from './json.ts'
import { assembleRecord, diffRecordFields, flattenRecord } from './recordFields.ts'

const card = {
  id: 'shape:a',
  typeName: 'shape',
  x: 1,
  y: 2,
  parentId: 'page:page',
  props: { w: 10, richText: { type: 'doc', content: [{ type: 'paragraph' }] }, url: undefined },
  meta: {},
}

describe('flattenRecord / assembleRecord', () => {
  test('splits props and meta keys into fields and keeps an empty container', () => {
    const fields = flattenRecord(card)
    expect([...fields.keys()]).toEqual([
      'id',
      'typeName',
      'x',
      'y',
      'parentId',
      'props',
      'props.w',
      'props.richText',
      'meta',
    ])
    expect(fields.get('props')).toEqual({})
  })

  test('round-trips a record, omitting undefined values', () => {
    const entries = [...flattenRecord(card)].map(([k, v]) => ({ k, v }))
    const { url: _url, ...props } = card.props
    expect(assembleRecord(entries)).toEqual({ ...card, props })
    expect(Object.hasOwn(assembleRecord(entries)?.props as object, 'url')).toBe(false)
  })

  test('the last entry of a key wins', () => {
    const record = assembleRecord([
      { k: 'id', v: 'shape:a' },
      { k: 'typeName', v: 'shape' },
      { k: 'x', v: 1 },
      { k: 'props.w', v: 5 },
      { k: 'x', v: 2 },
      { k: 'props.w', v: 6 },
    ])
    expect(record).toEqual({ id: 'shape:a', typeName: 'shape', x: 2, props: { w: 6 } })
  })

  test('a record without id or typeName is incomplete and read as absent', () => {
    expect(
      assembleRecord([
        { k: 'id', v: 'shape:a' },
        { k: 'x', v: 1 },
      ]),
    ).toBeNull()
    expect(assembleRecord([{ k: 'typeName', v: 'shape' }])).toBeNull()
    expect(assembleRecord([])).toBeNull()
  })

  test('ignores malformed entries and prototype keys', () => {
    const record = assembleRecord([
      { k: 'id', v: 'shape:a' },
      { k: 'typeName', v: 'shape' },
      null,
      42,
      { v: 1 },
      { k: '__proto__', v: { polluted: true } },
      { k: 'props.__proto__', v: { polluted: true } },
      { k: 'props.w', v: 3 },
    ])
    expect(record).toEqual({ id: 'shape:a', typeName: 'shape', props: { w: 3 } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(record?.props)).toBe(Object.prototype)
  })

  test('does not split a non-object props value', () => {
    const record = { id: 'x:1', typeName: 'x', props: 'plain' }
    const fields = flattenRecord(record)
    expect(fields.get('props')).toBe('plain')
  })
})

describe('diffRecordFields', () => {
  test('lists changed, added and removed fields; nested values compare deeply', () => {
    const next = {
      ...card,
      x: 5,
      props: { w: 10, h: 3, richText: { type: 'doc', content: [{ type: 'paragraph' }] } },
      meta: { department: 'sales' },
    }
    expect(diffRecordFields(card, next).sort()).toEqual(['meta.department', 'props.h', 'x'])
    expect(diffRecordFields(next, card).sort()).toEqual(['meta.department', 'props.h', 'x'])
    expect(diffRecordFields(card, { ...card })).toEqual([])
  })
})

describe('isJsonEqual', () => {
  test('compares JSON values deeply, treating undefined keys as absent', () => {
    expect(isJsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true)
    expect(isJsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(isJsonEqual({ a: 1 }, { a: 2 })).toBe(false)
    expect(isJsonEqual([1, 2], [1])).toBe(false)
    expect(isJsonEqual([1], { 0: 1 })).toBe(false)
    expect(isJsonEqual(null, {})).toBe(false)
    expect(isJsonEqual(NaN, NaN)).toBe(true)
    expect(isJsonEqual('1', 1)).toBe(false)
  })
})
