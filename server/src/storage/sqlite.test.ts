import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeStorageContract } from './contract.ts'
import { openSqliteStore } from './sqlite.ts'
import type { BoardStore } from './types.ts'

describeStorageContract('sqlite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cxmap-sqlite-'))
  const file = join(dir, 'nested', 'cxmap.db')
  let store: BoardStore = openSqliteStore(file)
  return {
    store,
    async reopen() {
      await store.close()
      store = openSqliteStore(file)
      return store
    },
    async cleanup() {
      await store.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
})

describe('sqlite schema migration', () => {
  let dir: string

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cxmap-sqlite-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('upgrades a version 1 file: its boards keep their data and read as blank boards', async () => {
    const file = join(dir, 'v1.db')
    const v1 = new Database(file)
    v1.exec(`CREATE TABLE boards (id TEXT PRIMARY KEY, title TEXT NOT NULL, locale TEXT NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL, facilitator_hash TEXT NOT NULL, editor_hash TEXT NOT NULL,
      viewer_hash TEXT NOT NULL, editor_gen INTEGER NOT NULL, viewer_gen INTEGER NOT NULL) STRICT`)
    v1.prepare('INSERT INTO boards VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      'old',
      'Old board',
      'ru',
      '2026-01-01T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
      'aa',
      'bb',
      'cc',
      1,
      2,
    )
    v1.pragma('user_version = 1')
    v1.close()

    const store = openSqliteStore(file)
    try {
      expect(await store.getBoard('old')).toEqual({
        id: 'old',
        title: 'Old board',
        locale: 'ru',
        template: 'blank',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
        tokenHashes: { facilitator: 'aa', editor: 'bb', viewer: 'cc' },
        linkGenerations: { editor: 1, viewer: 2 },
      })
      expect(await store.appendUpdate('old', 'board', new Uint8Array([0, 0]))).toBeGreaterThan(0)
    } finally {
      await store.close()
    }
  })

  it('upgrades a version 2 file: stored docs count, and boards are last active as of their updated_at', async () => {
    const file = join(dir, 'v2.db')
    const v2 = new Database(file)
    v2.exec(`CREATE TABLE boards (id TEXT PRIMARY KEY, title TEXT NOT NULL, locale TEXT NOT NULL,
      template TEXT NOT NULL DEFAULT 'blank', created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
      facilitator_hash TEXT NOT NULL, editor_hash TEXT NOT NULL, viewer_hash TEXT NOT NULL,
      editor_gen INTEGER NOT NULL, viewer_gen INTEGER NOT NULL) STRICT;
      CREATE TABLE doc_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT NOT NULL REFERENCES boards(id)
        ON DELETE CASCADE, kind TEXT NOT NULL, data BLOB NOT NULL) STRICT;
      CREATE TABLE doc_snapshots (board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE, kind TEXT NOT NULL,
        through_seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (board_id, kind)) STRICT;
      INSERT INTO boards VALUES ('old', 'Old', 'en', 'blank', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z',
        'aa', 'bb', 'cc', 0, 0);
      INSERT INTO doc_updates (board_id, kind, data) VALUES ('old', 'board', zeroblob(10));
      INSERT INTO doc_snapshots VALUES ('old', 'control', 1, zeroblob(5));`)
    v2.pragma('user_version = 2')
    v2.close()

    const store = openSqliteStore(file)
    try {
      expect(await store.listBoards()).toEqual([
        {
          id: 'old',
          title: 'Old',
          locale: 'en',
          template: 'blank',
          createdAt: '2026-01-01T00:00:00.000Z',
          lastActiveAt: '2026-01-02T00:00:00.000Z',
          storedBytes: 15,
        },
      ])
      const before = new Date().toISOString()
      await store.appendUpdate('old', 'board', new Uint8Array(1))
      expect((await store.listBoards())[0]!.lastActiveAt >= before).toBe(true)
    } finally {
      await store.close()
    }
  })
})
