import { afterEach, describe, expect, test } from 'vitest'
import { isPersonaDimmed, usePersonaViewStore } from './personaViewStore'

describe('isPersonaDimmed', () => {
  test('nothing picked: no card fades', () => {
    expect(isPersonaDimmed([], 'p1')).toBe(false)
    expect(isPersonaDimmed([], '')).toBe(false)
  })
  test('cards of other personas fade, cards with no persona stay', () => {
    expect(isPersonaDimmed(['p1'], 'p1')).toBe(false)
    expect(isPersonaDimmed(['p1'], 'p2')).toBe(true)
    expect(isPersonaDimmed(['p1', 'p2'], 'p2')).toBe(false)
    expect(isPersonaDimmed(['p1'], '')).toBe(false)
  })
  test('a card whose persona was deleted counts as one with no persona', () => {
    expect(isPersonaDimmed(['p1'], 'gone', new Set(['p1', 'p2']))).toBe(false)
    expect(isPersonaDimmed(['p1'], 'p2', new Set(['p1', 'p2']))).toBe(true)
  })
})

describe('usePersonaViewStore', () => {
  afterEach(() => usePersonaViewStore.getState().reset())
  test('toggles personas in and out of the highlight, and resets', () => {
    const store = usePersonaViewStore.getState()
    store.togglePersona('p1')
    store.togglePersona('p2')
    store.togglePersona('p1')
    expect(usePersonaViewStore.getState().selectedIds).toEqual(['p2'])
    store.togglePanel()
    store.reset()
    expect(usePersonaViewStore.getState()).toMatchObject({ selectedIds: [], isPanelOpen: false })
  })

  test('opening a persona opens the panel on it until the panel clears the request', () => {
    usePersonaViewStore.getState().openPersona('p3')
    expect(usePersonaViewStore.getState()).toMatchObject({ isPanelOpen: true, requestedId: 'p3' })
    usePersonaViewStore.getState().clearRequest()
    expect(usePersonaViewStore.getState()).toMatchObject({ isPanelOpen: true, requestedId: null })
    usePersonaViewStore.getState().openPersona('p4')
    usePersonaViewStore.getState().reset()
    expect(usePersonaViewStore.getState().requestedId).toBeNull()
  })
})
