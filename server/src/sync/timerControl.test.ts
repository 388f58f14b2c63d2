import { addAgendaItem, EMPTY_AGENDA, readWorkshop, startTimer, writeWorkshop } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { connectSyncedClient } from '../../test/clients.ts'
import { createBoardVia } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { waitFor } from '../../test/waitFor.ts'

const { start, track } = useTestServers()

describe('the workshop timer in the control doc', () => {
  it("reaches everyone from the facilitator, and nobody from a participant's provider", async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const join = async (role: 'facilitator' | 'editor') =>
      track(await connectSyncedClient(server.syncUrl, board.id, board.tokens[role], 'control'))
    const facilitator = await join('facilitator')
    const participant = await join('editor')
    const other = await join('editor')

    // A participant scripting their page: the write stays in their own doc.
    writeWorkshop(participant.doc, 'timer', startTimer(60_000, Date.now()))
    expect(readWorkshop(participant.doc).timer).not.toBeNull()
    // A later facilitator write on the same socket path is the barrier: once it arrived, the dropped one never will.
    writeWorkshop(facilitator.doc, 'agenda', addAgendaItem(EMPTY_AGENDA, 'Barrier', { id: 'barrier' }))
    await waitFor(() => readWorkshop(other.doc).agenda.items.length === 1, { message: 'the facilitator agenda' })
    await waitFor(() => readWorkshop(participant.doc).agenda.items.length === 1)
    expect(readWorkshop(other.doc).timer).toBeNull()
    expect(readWorkshop(facilitator.doc).timer).toBeNull()
    const late = await join('editor')
    expect(readWorkshop(late.doc).timer).toBeNull()
    expect(readWorkshop(late.doc).agenda.items).toHaveLength(1)

    const timer = startTimer(300_000, Date.now())
    writeWorkshop(facilitator.doc, 'timer', timer)
    // (The scripting participant's own doc keeps whichever of the two values Yjs orders last: theirs to keep.)
    for (const client of [other, late]) {
      await waitFor(() => readWorkshop(client.doc).timer?.status === 'running', { message: 'the facilitator timer' })
      expect(readWorkshop(client.doc).timer).toEqual(timer)
    }
  })
})
