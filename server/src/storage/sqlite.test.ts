import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
