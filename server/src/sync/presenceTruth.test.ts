import { MAX_PERSON_FIELD_LENGTH, MAX_PRESENCE_TEXT_LENGTH, PresenceStateField } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import type { FakeClient } from '../../test/fakeClient.ts'
import { HARNESS_BOARD, useRoomHarness } from '../../test/roomHarness.ts'
import { createVoterKey } from '../../test/voters.ts'
import { waitFor } from '../../test/waitFor.ts'

const h = useRoomHarness()

function person(role: string, extra: Record<string, unknown> = {}) {
  return { id: 'p1', name: 'Ann', color: '#ff0000', department: 'Sales', role, ...extra }
}

/** The person `observer` sees `publisher` announce, once it has one with `name`. */
async function seenPerson(observer: FakeClient, publisher: FakeClient, name = 'Ann') {
  let seen: Record<string, unknown> | undefined
  await waitFor(() => {
    const state = h.awarenessOf(observer).get(publisher.doc.clientID)
    seen = state?.[PresenceStateField.person] as Record<string, unknown> | undefined
    return seen?.name === name
  })
  return seen!
}

describe('presence tells the role the server gave the connection', () => {
  it('shows a viewer announcing itself as facilitator as a viewer, to others and to newcomers', async () => {
    const facilitator = h.connect('facilitator')
    const viewer = h.connect('viewer')
    viewer.sendAwareness({ [PresenceStateField.person]: person('facilitator') })
    expect((await seenPerson(facilitator, viewer)).role).toBe('viewer')
    const newcomer = h.connect('editor')
    expect((await seenPerson(newcomer, viewer)).role).toBe('viewer')
  })

  it('stamps each role as its link gives it, whatever the state claims', async () => {
    const observer = h.connect('viewer')
    const claims = [
      ['facilitator', 'viewer'],
      ['editor', 'facilitator'],
      ['viewer', 'editor'],
    ] as const
    for (const [role, claimed] of claims) {
      const client = h.connect(role)
      client.sendAwareness({ [PresenceStateField.person]: person(claimed, { name: role }) })
      expect((await seenPerson(observer, client, role)).role).toBe(role)
    }
  })

  it('cuts every string of the person and the presence record’s texts to their caps', async () => {
    const observer = h.connect()
    const editor = h.connect()
    const long = 'я'.repeat(5000)
    editor.sendAwareness({
      [PresenceStateField.person]: { ...person('editor'), department: long, color: long, extra: long },
      [PresenceStateField.presence]: { userName: long, chatMessage: long, cursor: { x: 1, y: 2 } },
    })
    const seen = await seenPerson(observer, editor)
    for (const field of ['department', 'color', 'extra']) expect(seen[field]).toBe('я'.repeat(MAX_PERSON_FIELD_LENGTH))
    const presence = h.awarenessOf(observer).get(editor.doc.clientID)?.[PresenceStateField.presence]
    expect(presence).toEqual({
      userName: 'я'.repeat(MAX_PRESENCE_TEXT_LENGTH),
      chatMessage: 'я'.repeat(MAX_PRESENCE_TEXT_LENGTH),
      cursor: { x: 1, y: 2 },
    })
  })

  it('binds a voting connection’s first voter key for its lifetime and relays it to nobody', async () => {
    const observer = h.connect('viewer')
    const editor = h.connect('editor')
    const [first, second] = [createVoterKey(), createVoterKey()]
    editor.sendAwareness({ [PresenceStateField.person]: person('editor'), [PresenceStateField.voterKey]: first })
    const seen = await seenPerson(observer, editor)
    expect(seen.role).toBe('editor')
    expect(h.manager.hasConnectedVoter(HARNESS_BOARD, first)).toBe(true)
    editor.sendAwareness({ [PresenceStateField.person]: person('editor', { name: 'Bo' }), voterKey: second })
    await seenPerson(observer, editor, 'Bo')
    expect(h.manager.hasConnectedVoter(HARNESS_BOARD, second)).toBe(false)
    expect(h.awarenessOf(observer).get(editor.doc.clientID)).not.toHaveProperty(PresenceStateField.voterKey)
    for (const message of observer.received('awareness')) {
      expect(new TextDecoder().decode(message.payload)).not.toContain(first)
    }
    editor.disconnect()
    expect(h.manager.hasConnectedVoter(HARNESS_BOARD, first)).toBe(false)
  })

  it('counts a key as long as one of the connections holding it is open; control-doc claims count for nothing', async () => {
    const key = createVoterKey()
    const tabs = [h.connect('editor'), h.connect('editor')]
    for (const tab of tabs) tab.sendAwareness({ [PresenceStateField.voterKey]: key })
    await waitFor(() => h.manager.hasConnectedVoter(HARNESS_BOARD, key))
    tabs[0]!.disconnect()
    expect(h.manager.hasConnectedVoter(HARNESS_BOARD, key)).toBe(true)
    tabs[1]!.disconnect()
    expect(h.manager.hasConnectedVoter(HARNESS_BOARD, key)).toBe(false)

    const control = h.connect('editor', 'control')
    const other = createVoterKey()
    control.sendAwareness({ [PresenceStateField.voterKey]: other, marker: 1 })
    const watcher = h.connect('editor', 'control')
    await waitFor(() => h.awarenessOf(watcher).get(control.doc.clientID)?.marker === 1)
    expect(h.manager.hasConnectedVoter(HARNESS_BOARD, other)).toBe(false)
  })
})
