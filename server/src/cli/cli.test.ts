import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { fillRichBoard, readStoredContent } from '../../test/boardFileFixture.ts'
import { runCli } from '../../test/cliProcess.ts'
import { spawnServer, type ServerProcess } from '../../test/serverProcess.ts'
import { createBoardVia, createTempDir, startTestServer } from '../../test/testServer.ts'
import { openSqliteStore } from '../storage/sqlite.ts'
import type { BoardStore } from '../storage/types.ts'

const PUBLIC_URL = 'http://cx.localhost:8080'
const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function useTempDir(prefix: string): Promise<string> {
  const dir = await createTempDir(prefix)
  cleanups.push(dir.remove)
  return dir.path
}

async function withStore<T>(dataDir: string, use: (store: BoardStore) => Promise<T>): Promise<T> {
  const store = openSqliteStore(join(dataDir, 'cxmap.db'))
  try {
    return await use(store)
  } finally {
    await store.close()
  }
}

async function createBoardOver(server: ServerProcess, title: string): Promise<string> {
  const response = await fetch(`${server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

describe('pnpm cxmap', () => {
  it('export-board then import-board makes a new board with the same content and prints its links', async () => {
    const dataDir = await useTempDir('cxmap-cli-')
    const server = await startTestServer({ dataDir })
    const board = await createBoardVia(server.cxmap, 'Карта', { template: 'base-cjm', locale: 'ru' })
    await fillRichBoard(server.store, board.id)
    await server.stop()
    const env = { DATA_DIR: dataDir, PUBLIC_URL }

    const exported = await runCli(['export-board', board.id, '--out', join(dataDir, 'map.cxmap.json')], env)
    expect(exported, exported.stderr).toMatchObject({ code: 0 })
    expect(exported.stdout).toContain(`Exported "Карта" to ${join(dataDir, 'map.cxmap.json')}`)

    const bigFile = join(dataDir, 'big.cxmap.json')
    writeFileSync(bigFile, padBoardDoc(readFileSync(join(dataDir, 'map.cxmap.json'), 'utf8'), 70_000))
    const tooLarge = await runCli(['import-board', bigFile], { ...env, MAX_DOC_BYTES: '65536' })
    expect(tooLarge).toMatchObject({ code: 1 })
    expect(tooLarge.stderr).toMatch(/this server keeps boards under 64 KiB \(MAX_DOC_BYTES\)/)

    const imported = await runCli(['import-board', join(dataDir, 'map.cxmap.json')], env)
    expect(imported, imported.stderr).toMatchObject({ code: 0 })
    const id = /as board (\S+)\./.exec(imported.stdout)?.[1]
    if (!id) throw new Error(`no board id in ${imported.stdout}`)
    for (const role of ['facilitator', 'editor', 'viewer']) {
      expect(imported.stdout).toMatch(new RegExp(`${role} +${PUBLIC_URL}/b/${id}#t=[\\w-]+`))
    }
    await withStore(dataDir, async (store) => {
      expect(await store.getBoard(id)).toMatchObject({ title: 'Карта', locale: 'ru', template: 'base-cjm' })
      expect(await readStoredContent(store, id)).toEqual(await readStoredContent(store, board.id))
    })
  }, 60_000)

  it('says what is wrong, with exit code 1: an unknown id, a missing file, a file of another format', async () => {
    const dataDir = await useTempDir('cxmap-cli-')
    await withStore(dataDir, async () => undefined)
    writeFileSync(join(dataDir, 'other.json'), JSON.stringify({ grids: [] }))
    const env = { DATA_DIR: dataDir }
    const cases: [string[], RegExp][] = [
      [['export-board', 'noSuchBoard'], /No board with id "noSuchBoard"/],
      [['import-board', join(dataDir, 'missing.json')], /No such file: .*missing\.json/],
      [['import-board', join(dataDir, 'other.json')], /not a CX Map board file/],
      [['restore', join(dataDir, 'other.json')], /cannot be opened|not an SQLite database/],
      [['export-board'], /missing required argument 'id'/],
      // An id from before ids stopped starting with "-": read as an option, the error says how to pass it.
      [['export-board', '-2QriYOqGw4pVbrD0i5c2Q'], /looks like a board id.*export-board -- -2QriYOqGw4pVbrD0i5c2Q/],
      [['export-board', '--', '-2QriYOqGw4pVbrD0i5c2Q'], /No board with id "-2QriYOqGw4pVbrD0i5c2Q"/],
    ]
    const runs = await Promise.all(cases.map(([args]) => runCli(args, env)))
    runs.forEach((run, index) => {
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(cases[index]![1])
    })
  }, 60_000)

  it('backs up while the server runs, refuses import and restore until it stops, then restores the backup', async () => {
    const dataDir = await useTempDir('cxmap-cli-')
    const backupDir = await useTempDir('cxmap-backup-')
    const env = { DATA_DIR: dataDir }
    const server = await spawnServer(env)
    cleanups.push(async () => {
      server.child.kill('SIGKILL')
      await server.exited
    })
    const kept = await createBoardOver(server, 'Kept')

    const backup = await runCli(['backup', backupDir], env)
    expect(backup, backup.stderr).toMatchObject({ code: 0 })
    const file = /Backed up to (\S+\.db)/.exec(backup.stdout)?.[1]
    if (!file) throw new Error(`no backup file in ${backup.stdout}`)
    expect(file.startsWith(join(backupDir, 'cxmap-'))).toBe(true)
    expect(backup.stdout).toMatch(/Verified: integrity ok, schema \d+, boards: 1, document rows: 1\n/)
    const later = await createBoardOver(server, 'Created after the backup')

    const exported = await runCli(['export-board', kept, '--out', join(backupDir, 'kept.cxmap.json')], env)
    expect(exported, exported.stderr).toMatchObject({ code: 0 })
    const refusedImport = await runCli(['import-board', join(backupDir, 'kept.cxmap.json')], env)
    expect(refusedImport.code).toBe(1)
    expect(refusedImport.stderr).toMatch(
      /server is running[\s\S]*Stop it[\s\S]*curl -X POST[\s\S]*\/api\/boards\/import/,
    )
    const refusedRestore = await runCli(['restore', file], env)
    expect(refusedRestore.code).toBe(1)
    expect(refusedRestore.stderr).toMatch(/server is running .*: stop it/)

    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    const restored = await runCli(['restore', file], env)
    expect(restored, restored.stderr).toMatchObject({ code: 0 })
    const aside = /aside: (\S+before-restore-\S+)/.exec(restored.stdout)?.[1]
    expect(aside && existsSync(aside)).toBe(true)
    await withStore(dataDir, async (store) => {
      expect(await store.getBoard(kept)).not.toBeNull()
      expect(await store.getBoard(later)).toBeNull()
    })
    const listed = await runCli(['list-boards'], env)
    expect(listed.stdout).toMatch(new RegExp(`^${kept} .* Kept$`, 'm'))
  }, 90_000)
})

/** A board file whose board document holds `bytes` more (one long string): larger than a small MAX_DOC_BYTES. */
function padBoardDoc(text: string, bytes: number): string {
  const file = JSON.parse(text) as { docs: Record<string, string> }
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Buffer.from(file.docs.board!, 'base64'))
  doc.getMap('pad').set('text', 'x'.repeat(bytes))
  file.docs.board = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64')
  return JSON.stringify(file)
}
