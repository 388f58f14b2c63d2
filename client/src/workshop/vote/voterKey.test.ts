import { PresenceStateField } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { claimVoterKey, getVoterKey, VOTER_KEY_STORAGE_KEY } from './voterKey'

describe('the voter key', () => {
  it('is claimed on the board’s awareness, the same key the ballots carry, and withdrawn on cleanup', () => {
    const awareness = new Awareness(new Y.Doc())
    awareness.setLocalStateField('person', { id: 'p1' })
    const withdraw = claimVoterKey(awareness)
    const key = getVoterKey()
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(awareness.getLocalState()).toEqual({ person: { id: 'p1' }, [PresenceStateField.voterKey]: key })
    withdraw()
    expect(awareness.getLocalState()?.[PresenceStateField.voterKey]).toBeNull()
    awareness.destroy()
  })

  it('stays the same for the page even when storage changes under it (the server binds the first claim)', () => {
    const key = getVoterKey()
    try {
      localStorage.setItem(VOTER_KEY_STORAGE_KEY, 'f'.repeat(64))
    } catch {
      // No storage in this environment: the page's key is all there is.
    }
    expect(getVoterKey()).toBe(key)
  })
})
