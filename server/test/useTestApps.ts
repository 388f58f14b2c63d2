import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { createApp, type CxMapApp } from '../src/app.ts'
import type { Config } from '../src/config.ts'
import { openSqliteStore } from '../src/storage/sqlite.ts'
import type { BoardStore } from '../src/storage/types.ts'
import { createLogCapture } from './logCapture.ts'
import { createTempDir, createTestConfig } from './testServer.ts'

/** Apps built in a test, over one SQLite store in a temporary directory; everything is closed after each test. */
export interface TestApps {
  /** The temporary directory of the current test. */
  readonly dir: string
  /** The SQLite store of the current test. */
  readonly store: BoardStore
  /** Builds an app on the test's config (or `base`) with `overrides`, and on the test's store (or `appStore`). */
  build(overrides?: Partial<Config>, appStore?: BoardStore, base?: Config): CxMapApp
}

/** Registers the hooks that give every test of the file a fresh directory and store, and close its apps after. */
export function useTestApps(): TestApps {
  let dir: Awaited<ReturnType<typeof createTempDir>> | null = null
  let store: BoardStore | null = null
  let apps: CxMapApp[] = []
  beforeEach(async () => {
    dir = await createTempDir()
    store = openSqliteStore(join(dir.path, 'cxmap.db'))
    apps = []
  })
  afterEach(async () => {
    for (const app of apps) await app.close()
    await store?.close()
    await dir?.remove()
  })
  const current = () => {
    if (!dir || !store) throw new Error('useTestApps: used outside a test')
    return { dir, store }
  }
  return {
    get dir() {
      return current().dir.path
    },
    get store() {
      return current().store
    },
    build(overrides = {}, appStore, base) {
      const { dir: tempDir, store: testStore } = current()
      const app = createApp({
        config: { ...(base ?? createTestConfig(tempDir.path)), ...overrides },
        store: appStore ?? testStore,
        logger: createLogCapture().logger,
      })
      apps.push(app)
      return app
    },
  }
}
