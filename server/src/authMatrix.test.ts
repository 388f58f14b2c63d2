import { VOTER_KEY_HEADER, type DocKind, type Role } from '@cxmap/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  METRICS_TOKEN,
  PRINCIPALS,
  adminPath,
  authHeaders,
  connectObserver,
  createMatrixBoard,
  probeSync,
  startMatrixServer,
  type MatrixBoard,
  type Principal,
  type SyncOutcome,
} from '../test/authFixture.ts'
import {
  announceAsFacilitator,
  castDot,
  claimVoterKey,
  impersonate,
  lockGrids,
  moveCard,
  moveGrid,
  openVote,
  probeEdit,
} from '../test/authProbes.ts'
import { connectSyncedClient, type TestClient } from '../test/clients.ts'
import { createVoterKey } from '../test/voters.ts'
import { waitFor } from '../test/waitFor.ts'
import { createTempDir, type TestServer } from '../test/testServer.ts'

/*
 * The authorization matrix (issue 12): every REST route and every sync document × facilitator / editor / viewer /
 * revoked (the editor link before a rotation) / another board's facilitator / no token / the admin token, each cell
 * the status or close code the server must answer. A row marked `fresh` changes its board, so each cell gets its own.
 */
interface RouteRow {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** `:id` is the board's id. */
  path: string
  body?: (file: string) => string
  headers?: Record<string, string>
  fresh?: boolean
  /** Principals whose answer this row checks (a vote row leaves the voters to the vote tests). */
  expected: Partial<Record<Principal, number>>
}

const VOTER_KEY = { [VOTER_KEY_HEADER]: 'c'.repeat(64) }
const json = (value: unknown) => () => JSON.stringify(value)

/** A board route: the three roles as given; a revoked or foreign token 403, none 401, the admin token 403. */
function board(facilitator: number, editor: number, viewer: number): RouteRow['expected'] {
  return { facilitator, editor, viewer, revoked: 403, otherBoard: 403, none: 401, admin: 403 }
}
/** A route that ignores board tokens. */
function anyone(status: number): RouteRow['expected'] {
  return Object.fromEntries(PRINCIPALS.map((principal) => [principal, status]))
}
/** An admin route: only the admin token; another token 403, none 401. */
const adminOnly = (status: number): RouteRow['expected'] => ({ ...anyone(403), none: 401, admin: status })

const ROUTES: RouteRow[] = [
  { method: 'GET', path: '/api/boards/:id', expected: board(200, 200, 200) },
  { method: 'PATCH', path: '/api/boards/:id', body: json({ title: 'Renamed' }), expected: board(200, 200, 403) },
  { method: 'DELETE', path: '/api/boards/:id', fresh: true, expected: board(204, 403, 403) },
  { method: 'POST', path: '/api/boards/:id/links/viewer/rotate', fresh: true, expected: board(200, 403, 403) },
  { method: 'GET', path: '/api/boards/:id/journey.json', expected: board(200, 200, 200) },
  { method: 'GET', path: '/api/boards/:id/journey.csv', expected: board(200, 200, 200) },
  { method: 'GET', path: '/api/boards/:id/roadmap.json', expected: board(200, 200, 200) },
  { method: 'GET', path: '/api/boards/:id/roadmap.csv', expected: board(200, 200, 200) },
  { method: 'GET', path: '/api/boards/:id/strategy.docx', expected: board(200, 200, 200) },
  { method: 'GET', path: '/api/boards/:id/export.pdf', expected: board(200, 200, 200) },
  { method: 'GET', path: '/api/boards/:id/board-file', expected: board(200, 403, 403) },
  { method: 'GET', path: '/api/boards/:id/votes/vote-1/results', expected: board(200, 200, 200) },
  { method: 'GET', path: '/api/boards/:id/votes/vote-1/ballots', headers: VOTER_KEY, expected: board(200, 200, 403) },
  { method: 'POST', path: '/api/boards/:id/votes/vote-1/close', fresh: true, expected: board(200, 403, 403) },
  {
    method: 'POST',
    path: '/api/boards/:id/votes/vote-1/ballots',
    headers: VOTER_KEY,
    body: json({ cardId: 'shape:pain' }),
    expected: { viewer: 403, revoked: 403, otherBoard: 403, none: 401, admin: 403 },
  },
  {
    method: 'DELETE',
    path: '/api/boards/:id/votes/vote-1/ballots/shape:pain',
    headers: VOTER_KEY,
    expected: { viewer: 403, revoked: 403, otherBoard: 403, none: 401, admin: 403 },
  },
  { method: 'POST', path: '/api/boards', body: json({ title: 'New' }), expected: anyone(201) },
  { method: 'POST', path: '/api/boards/import', body: (file) => file, expected: anyone(201) },
  { method: 'GET', path: '/api/config', expected: anyone(200) },
  { method: 'GET', path: '/api/time', expected: anyone(200) },
  { method: 'GET', path: '/healthz', expected: anyone(200) },
  { method: 'GET', path: '/readyz', expected: anyone(200) },
  { method: 'GET', path: '/metrics', expected: anyone(401) },
  { method: 'GET', path: adminPath('/boards'), expected: adminOnly(200) },
  { method: 'GET', path: adminPath('/boards/:id/export'), expected: adminOnly(200) },
  { method: 'DELETE', path: adminPath('/boards/:id'), fresh: true, expected: adminOnly(204) },
]

const SYNC: Record<DocKind, Record<Principal, SyncOutcome>> = {
  board: {
    facilitator: 'writes',
    editor: 'writes',
    viewer: 'read-only',
    revoked: 'close 4403',
    otherBoard: 'close 4403',
    none: 'close 4401',
    admin: 'close 4403',
  },
  control: {
    facilitator: 'writes',
    editor: 'read-only',
    viewer: 'read-only',
    revoked: 'close 4403',
    otherBoard: 'close 4403',
    none: 'close 4401',
    admin: 'close 4403',
  },
}

/** Five dots tried with one voter key on a vote of two dots per person, by the role's token. */
const DOTS: Record<Role, { invented: number[]; claimed: number[] }> = {
  facilitator: { invented: [403, 403, 403, 403, 403], claimed: [201, 201, 409, 409, 409] },
  editor: { invented: [403, 403, 403, 403, 403], claimed: [201, 201, 409, 409, 409] },
  viewer: { invented: [403, 403, 403, 403, 403], claimed: [403, 403, 403, 403, 403] },
}
const ROLES = Object.keys(DOTS) as Role[]

describe('authorization matrix', () => {
  const clients: TestClient[] = []
  const track = (client: TestClient) => void clients.push(client)
  let dir: Awaited<ReturnType<typeof createTempDir>>
  let server: TestServer
  let shared: MatrixBoard
  let boardFile: string

  beforeAll(async () => {
    dir = await createTempDir('cxmap-matrix-')
    server = await startMatrixServer(dir.path)
    shared = await createMatrixBoard(server)
    const file = await server.cxmap.app.request(`/api/boards/${shared.id}/board-file`, {
      headers: authHeaders(shared.tokens.facilitator),
    })
    boardFile = await file.text()
  })

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })

  afterAll(async () => {
    await server?.stop()
    await dir?.remove()
  })

  async function call(row: RouteRow, principal: Principal): Promise<number> {
    const target = row.fresh ? await createMatrixBoard(server) : shared
    const body = row.body?.(boardFile)
    const response = await server.cxmap.app.request(row.path.replace(':id', target.id), {
      method: row.method,
      headers: { ...authHeaders(target.tokens[principal]), ...row.headers, 'content-type': 'application/json' },
      body,
    })
    return response.status
  }

  it.each(ROUTES.map((row) => [`${row.method} ${row.path}`, row] as const))('%s', async (_name, row) => {
    const actual: Partial<Record<Principal, number>> = {}
    for (const principal of Object.keys(row.expected) as Principal[]) actual[principal] = await call(row, principal)
    expect(actual).toEqual(row.expected)
  })

  it('answers /metrics to its own token', async () => {
    const response = await server.cxmap.app.request('/metrics', { headers: authHeaders(METRICS_TOKEN) })
    expect(response.status).toBe(200)
  })

  it.each(Object.keys(SYNC) as DocKind[])('sync: the %s document', async (kind) => {
    const observer: TestClient = await connectObserver(server, shared, kind)
    try {
      const actual: Partial<Record<Principal, SyncOutcome>> = {}
      for (const principal of PRINCIPALS) {
        actual[principal] = await probeSync(server, shared, kind, shared.tokens[principal], observer)
      }
      expect(actual).toEqual(SYNC[kind])
    } finally {
      observer.destroy()
    }
  })

  it('vote keys: a key no open canvas connection claimed places no dot; a claimed key places the 2 the vote allows', async () => {
    const voteId = await openVote(server, shared, track)
    const actual: Partial<typeof DOTS> = {}
    for (const role of ROLES) {
      const token = shared.tokens[role]!
      const invented: number[] = []
      for (let i = 0; i < 5; i++) invented.push(await castDot(server, shared, voteId, token, createVoterKey()))
      const key = createVoterKey()
      const voter = await claimVoterKey(server, shared, token, key)
      track(voter)
      if (role !== 'viewer') await waitFor(() => server.cxmap.rooms.hasConnectedVoter(shared.id, key))
      const claimed: number[] = []
      for (let i = 0; i < 5; i++) claimed.push(await castDot(server, shared, voteId, token, key))
      actual[role] = { invented, claimed }
    }
    expect(actual).toEqual(DOTS)
  })

  it("awareness: presence shows the connection's role, whatever the client announces", async () => {
    const observer = await connectObserver(server, shared, 'board')
    track(observer)
    const shown: Partial<Record<Role, unknown>> = {}
    for (const role of ROLES)
      shown[role] = await announceAsFacilitator(server, shared, shared.tokens[role]!, observer, track)
    expect(shown).toEqual({ facilitator: 'facilitator', editor: 'editor', viewer: 'viewer' })
  })

  it("awareness: no connection publishes under another connection's client id", async () => {
    const observer = await connectObserver(server, shared, 'board')
    const victim = await connectSyncedClient(server.syncUrl, shared.id, shared.tokens.editor!)
    track(observer)
    track(victim)
    const person = { id: 'victim', name: 'Victim', color: '#00f', department: '', role: 'editor' }
    victim.provider.awareness.setLocalStateField('person', person)
    await waitFor(() => observer.provider.awareness.getStates().has(victim.doc.clientID))
    const shown: Partial<Record<Role, unknown>> = {}
    for (const role of ROLES) shown[role] = await impersonate(server, shared, shared.tokens[role]!, victim, observer)
    expect(shown).toEqual({ facilitator: 'Victim', editor: 'Victim', viewer: 'Victim' })
  })

  it('locked grids: a script moving a grid is refused for everyone but the facilitator; cards still move', async () => {
    const board = await createMatrixBoard(server)
    await lockGrids(server, board, track)
    const observer = await connectObserver(server, board, 'board')
    track(observer)
    const actual: Record<string, SyncOutcome> = {}
    for (const role of ['editor', 'facilitator'] as const) {
      actual[`${role} moves a grid`] = await probeEdit(server, board, board.tokens[role]!, observer, moveGrid)
      actual[`${role} moves a card`] = await probeEdit(server, board, board.tokens[role]!, observer, moveCard)
    }
    expect(actual).toEqual({
      'editor moves a grid': 'close 4422',
      'editor moves a card': 'writes',
      'facilitator moves a grid': 'writes',
      'facilitator moves a card': 'writes',
    })
  })
})
