import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fillRichBoard, readStoredContent } from '../../test/boardFileFixture.ts'
import { runCli } from '../../test/cliProcess.ts'
import { hasPostgres, startPostgres, type PostgresServer } from '../../test/postgresServer.ts'
import { spawnServer, type ServerProcess } from '../../test/serverProcess.ts'
import { createBoardVia, createTempDir, startTestServer } from '../../test/testServer.ts'
import { openPostgresStore } from '../storage/postgres.ts'
import { openSqliteStore } from '../storage/sqlite.ts'
import type { BoardStore } from '../storage/types.ts'

const PASSWORD = 'pw-Sekret-42'

describe.skipIf(!hasPostgres())('pnpm cxmap migrate, and servers on PostgreSQL', () => {
  let postgres: PostgresServer
  let dataDir: Awaited<ReturnType<typeof createTempDir>>
  let boards: Awaited<ReturnType<typeof createBoardVia>>[] = []
  let url: string

  beforeAll(async () => {
    postgres = await startPostgres()
    url = postgres.url(await postgres.createDatabase('cxmap_migrated').then(() => 'cxmap_migrated'), PASSWORD)
    dataDir = await createTempDir('cxmap-migrate-')
    const server = await startTestServer({ dataDir: dataDir.path })
    boards = [
      await createBoardVia(server.cxmap, 'Карта', { template: 'base-cjm', locale: 'ru' }),
      await createBoardVia(server.cxmap, 'Empty'),
    ]
    await fillRichBoard(server.store, boards[0]!.id)
    await server.stop()
  }, 60_000)
  afterAll(async () => {
    await dataDir?.remove()
    await postgres?.stop()
  })

  const withStores = async <T>(use: (sqlite: BoardStore, pg: BoardStore) => Promise<T>): Promise<T> => {
    const sqlite = openSqliteStore(`${dataDir.path}/cxmap.db`)
    const pg = await openPostgresStore({ connectionString: url })
    try {
      return await use(sqlite, pg)
    } finally {
      await Promise.all([sqlite.close(), pg.close()])
    }
  }
  const migrate = (...extra: string[]) =>
    runCli(['migrate', '--from', `sqlite:${dataDir.path}`, '--to', url, ...extra], {})

  it('copies every board verified, skips them on a re-run, reports a differing one and overwrites it only when told', async () => {
    const first = await migrate()
    expect(first, first.stderr).toMatchObject({ code: 0 })
    expect(first.stdout).toMatch(/copied +\S+ "Карта": 3 documents, verified/)
    expect(first.stdout).toContain('2 boards — 2 copied, 0 overwritten, 0 already there, 0 differing')
    expect(first.stdout).toContain(`Migrated to ${postgres.url('cxmap_migrated')}:`)
    await withStores(async (sqlite, pg) => {
      for (const { id } of boards) {
        expect(await pg.getBoard(id)).toEqual(await sqlite.getBoard(id))
        expect(await readStoredContent(pg, id)).toEqual(await readStoredContent(sqlite, id))
      }
    })

    const again = await migrate()
    expect(again, again.stderr).toMatchObject({ code: 0 })
    expect(again.stdout).toContain('2 boards — 0 copied, 0 overwritten, 2 already there, 0 differing')

    const changed = await withStores(async (_sqlite, pg) => {
      const doc = new Y.Doc()
      doc.getMap('meta').set('title', 'changed in PostgreSQL')
      await pg.appendUpdate(boards[1]!.id, 'board', Y.encodeStateAsUpdate(doc))
      return readStoredContent(pg, boards[1]!.id)
    })
    const refused = await migrate()
    expect(refused.code).toBe(1)
    expect(refused.stdout).toMatch(new RegExp(`DIFFERS +${boards[1]!.id} "Empty": .*not overwritten`))
    expect(refused.stdout).toContain('1 already there, 1 differing')
    await withStores(async (_sqlite, pg) => expect(await readStoredContent(pg, boards[1]!.id)).toEqual(changed))

    const overwritten = await migrate('--overwrite')
    expect(overwritten, overwritten.stderr).toMatchObject({ code: 0 })
    expect(overwritten.stdout).toContain('0 copied, 1 overwritten, 1 already there, 0 differing')
    await withStores(async (sqlite, pg) =>
      expect(await readStoredContent(pg, boards[1]!.id)).toEqual(await readStoredContent(sqlite, boards[1]!.id)),
    )
    for (const run of [first, again, refused, overwritten]) expect(run.stdout + run.stderr).not.toContain(PASSWORD)
  }, 90_000)

  it('says what is wrong with exit code 1, without the password', async () => {
    const runs = await Promise.all([
      runCli(['migrate', '--from', dataDir.path, '--to', url], {}),
      runCli(['migrate', '--from', 'sqlite:/nonexistent/dir', '--to', url], {}),
      runCli(['migrate', '--from', `sqlite:${dataDir.path}`, '--to', 'mysql://u:p@h/db'], {}),
      runCli(['migrate', '--from', `sqlite:${dataDir.path}`, '--to', url.replace(/:\d+\//, ':1/')], {}),
    ])
    const expected = [/--from must be sqlite:DATA_DIR/, /No database at/, /--to must be a postgres/, /Cannot open/]
    runs.forEach((run, i) => {
      expect(run.code, run.stdout).toBe(1)
      expect(run.stderr).toMatch(expected[i]!)
      expect(run.stderr).not.toContain(PASSWORD)
    })
  }, 60_000)

  it('runs two servers on one database (no DATA_DIR lock), naming the backend but never the password', async () => {
    const servers: ServerProcess[] = []
    try {
      for (let i = 0; i < 2; i++) servers.push(await spawnServer({ DATA_DIR: dataDir.path, DATABASE_URL: url }))
      for (const server of servers) {
        expect(server.output()).toMatch(
          /"backend":"postgresql","database":"postgres:\/\/postgres@127\.0\.0\.1:\d+\/cxmap_migrated"/,
        )
        expect(server.output()).not.toContain(PASSWORD)
        expect((await fetch(`${server.httpUrl}/readyz`)).status).toBe(200)
        const board = await fetch(`${server.httpUrl}/api/boards/${boards[0]!.id}`, {
          headers: { authorization: `Bearer ${boards[0]!.tokens.facilitator}` },
        })
        expect(board.status).toBe(200)
      }
    } finally {
      for (const server of servers) {
        server.child.kill('SIGTERM')
        expect(await server.exited).toBe(0)
      }
    }
  }, 60_000)
})
