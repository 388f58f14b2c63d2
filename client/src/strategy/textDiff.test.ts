import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { diffText, transformPosition, type TextDiff } from './textDiff'

function apply(text: string, diff: TextDiff | null): string {
  if (!diff) return text
  return text.slice(0, diff.index) + diff.insert + text.slice(diff.index + diff.deleteCount)
}

describe('diffText', () => {
  test('finds the single edit between two texts', () => {
    expect(diffText('abc', 'abc')).toBeNull()
    expect(diffText('Доверие', 'Доверие клиентов')).toEqual({ index: 7, deleteCount: 0, insert: ' клиентов' })
    expect(diffText('Этика и доверие', 'Этика, доверие')).toEqual({ index: 5, deleteCount: 2, insert: ',' })
    expect(diffText('hello', '')).toEqual({ index: 0, deleteCount: 5, insert: '' })
  })

  test('uses the caret where the change is ambiguous', () => {
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, deleteCount: 0, insert: 'a' })
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, deleteCount: 0, insert: 'a' })
    expect(diffText('aaa', 'aa', 1)).toEqual({ index: 1, deleteCount: 1, insert: '' })
  })

  test('keeps surrogate pairs whole', () => {
    const diff = diffText('a😀b', 'a😃b')
    expect(diff).toEqual({ index: 1, deleteCount: 2, insert: '😃' })
  })

  test('always turns the first text into the second', () => {
    const texts = ['', 'a', 'ab', 'ba', 'aab', 'abab', 'Доставка', 'Достaвка!', 'xyz']
    for (const before of texts) {
      for (const after of texts) {
        for (let caret = 0; caret <= after.length; caret++)
          expect(apply(before, diffText(before, after, caret))).toBe(after)
      }
    }
  })
})

describe('transformPosition', () => {
  /** The delta of one change made by another person, as the Y.Text observer sees it. */
  function deltaOf(initial: string, change: (text: Y.Text) => void) {
    const doc = new Y.Doc()
    const text = doc.getText('t')
    text.insert(0, initial)
    let delta: unknown[] = []
    text.observe((event) => {
      delta = event.delta
    })
    change(text)
    return delta as Parameters<typeof transformPosition>[1]
  }

  test('moves the caret with text inserted or deleted before it', () => {
    expect(
      transformPosition(
        5,
        deltaOf('0123456789', (t) => t.insert(2, 'ab')),
      ),
    ).toBe(7)
    expect(
      transformPosition(
        5,
        deltaOf('0123456789', (t) => t.insert(8, 'ab')),
      ),
    ).toBe(5)
    expect(
      transformPosition(
        5,
        deltaOf('0123456789', (t) => t.insert(5, 'ab')),
      ),
    ).toBe(5)
    expect(
      transformPosition(
        5,
        deltaOf('0123456789', (t) => t.delete(1, 2)),
      ),
    ).toBe(3)
    expect(
      transformPosition(
        5,
        deltaOf('0123456789', (t) => t.delete(3, 5)),
      ),
    ).toBe(3)
    expect(
      transformPosition(
        5,
        deltaOf('0123456789', (t) => t.delete(6, 2)),
      ),
    ).toBe(5)
  })

  test('follows several runs of one transaction', () => {
    const delta = deltaOf('0123456789', (t) =>
      t.doc?.transact(() => {
        t.insert(0, 'xx')
        t.delete(5, 2)
      }),
    )
    // "xx" inserted before and "34" deleted before it: the caret before "7" stays at 7 (+2 −2)
    expect(transformPosition(7, delta)).toBe(7)
    expect(transformPosition(1, delta)).toBe(3)
  })
})
