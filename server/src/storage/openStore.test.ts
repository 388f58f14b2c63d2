import { afterEach, describe, expect, it } from 'vitest'
import { createLogCapture } from '../../test/logCapture.ts'
import { createTempDir, createTestConfig } from '../../test/testServer.ts'
import { DataDirLockedError } from './dataDirLock.ts'
import { describeDatabaseUrl, openStore } from './openStore.ts'

describe('openStore', () => {
  let dir: Awaited<ReturnType<typeof createTempDir>> | null = null
  afterEach(async () => {
    await dir?.remove()
  })

  it('opens SQLite in DATA_DIR under its lock when no DATABASE_URL is set, and names the backend in the log', async () => {
    dir = await createTempDir()
    const { logger, text } = createLogCapture()
    const config = createTestConfig(dir.path)
    const opened = await openStore(config, logger)
    await expect(openStore(config, logger)).rejects.toBeInstanceOf(DataDirLockedError)
    expect(opened.store.isShared).toBe(false)
    expect(text()).toContain('"backend":"sqlite"')
    await opened.store.close()
    opened.release()
    const again = await openStore(config, logger)
    await again.store.close()
    again.release()
  })

  it('describes a database URL without its password or parameters', () => {
    expect(describeDatabaseUrl('postgres://cx:s3cret@db.internal:5432/cxmap?password=other&sslmode=require')).toBe(
      'postgres://cx@db.internal:5432/cxmap',
    )
    expect(describeDatabaseUrl('postgresql://db/cxmap')).toBe('postgresql://db/cxmap')
  })
})
