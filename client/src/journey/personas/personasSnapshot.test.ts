import { addPersona, getStrategyText, removePersona, updatePersona } from '@cxmap/shared'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createPersonasSnapshot } from './personasSnapshot'

describe('createPersonasSnapshot', () => {
  test('a new array and a call on each persona change, from this doc or a peer', () => {
    const doc = new Y.Doc()
    const snapshot = createPersonasSnapshot(doc)
    let calls = 0
    const stop = snapshot.subscribe(() => calls++)
    const id = addPersona(doc, { name: 'Студент' })
    expect(calls).toBe(1)
    expect(snapshot.get().map((persona) => persona.name)).toEqual(['Студент'])

    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    updatePersona(peer, id, { segment: 'Молодёжь' })
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer))
    expect(calls).toBe(2)
    expect(snapshot.get()[0]?.segment).toBe('Молодёжь')

    removePersona(doc, id)
    expect(calls).toBe(3)
    expect(snapshot.get()).toEqual([])
    stop()
  })

  test('typing the strategy prose keeps the same array and calls no one', () => {
    const doc = new Y.Doc()
    addPersona(doc, { name: 'Семья' })
    const snapshot = createPersonasSnapshot(doc)
    let calls = 0
    const stop = snapshot.subscribe(() => calls++)
    const before = snapshot.get()
    getStrategyText(doc, 'sustainability').insert(0, 'Этика и доверие')
    expect(calls).toBe(0)
    expect(snapshot.get()).toBe(before)
    stop()
  })

  test('changes made while nobody listened are read on the next subscribe', () => {
    const doc = new Y.Doc()
    const snapshot = createPersonasSnapshot(doc)
    snapshot.subscribe(() => {})()
    addPersona(doc, { name: 'Пенсионерка' })
    snapshot.subscribe(() => {})
    expect(snapshot.get().map((persona) => persona.name)).toEqual(['Пенсионерка'])
  })
})
