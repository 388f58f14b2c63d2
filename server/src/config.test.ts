import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CONFIG_VARIABLES, ConfigError, readConfig } from './config.ts'

describe('readConfig', () => {
  it('has defaults for everything', () => {
    const config = readConfig({})
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: resolve('data'),
      databaseFile: resolve('data', 'cxmap.db'),
      publicUrl: null,
      tldrawLicenseKey: null,
      logLevel: 'info',
      maxMessageBytes: 8 * 1024 * 1024,
      maxMessagesPerSecond: 300,
      messageBurst: 600,
      maxAwarenessPerSecond: 120,
      awarenessBurst: 240,
      awarenessFlushMs: 50,
      maxConnectionsPerBoard: 200,
      roomUnloadGraceMs: 10_000,
      compactEveryUpdates: 500,
      chromiumPath: null,
      pdfConcurrency: 2,
      pdfQueueLimit: 20,
      pdfTimeoutMs: 60_000,
      pdfTokenTtlMs: 120_000,
      createBoards: 'open',
      creatorKey: null,
      adminToken: null,
      boardCreatesPerHour: 60,
      failedAuthPerMinute: 30,
      syncConnectsPerMinute: 600,
      exportsPerMinute: 30,
      trustProxy: false,
      metricsToken: null,
      maxDocBytes: 32 * 1024 * 1024,
      maxBytesPerSecond: 2 * 1024 * 1024,
      maxBufferedBytes: 16 * 1024 * 1024,
      maxConnectionsPerAddress: 400,
      databaseUrl: null,
      redisUrl: null,
      updateFlushMs: 16,
    })
    expect(config.clientDistDir).toBe(fileURLToPath(new URL('../../client/dist', import.meta.url)))
  })

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/cx',
      PUBLIC_URL: 'https://cx.example.com/',
      TLDRAW_LICENSE_KEY: 'key',
      LOG_LEVEL: 'DEBUG',
      CLIENT_DIST_DIR: '/srv/client',
      MAX_MESSAGE_BYTES: '2048',
      MAX_MESSAGES_PER_SECOND: '50',
      MAX_AWARENESS_PER_SECOND: '20',
      AWARENESS_FLUSH_MS: '0',
      MAX_CONNECTIONS_PER_BOARD: '3',
      ROOM_UNLOAD_GRACE_MS: '0',
      COMPACT_EVERY_UPDATES: '10',
      CHROMIUM_PATH: '/opt/chrome/chrome',
      PDF_CONCURRENCY: '1',
      PDF_QUEUE_LIMIT: '0',
      PDF_TIMEOUT_MS: '30000',
      PDF_TOKEN_TTL_MS: '45000',
      CREATE_BOARDS: 'key',
      CREATOR_KEY: 'creator-key-0123456789',
      ADMIN_TOKEN: 'admin-token-0123456789',
      BOARD_CREATES_PER_HOUR: '5',
      FAILED_AUTH_PER_MINUTE: '7',
      SYNC_CONNECTS_PER_MINUTE: '9',
      EXPORTS_PER_MINUTE: '4',
      TRUST_PROXY: 'true',
      METRICS_TOKEN: 'metrics-token-0123456789',
      MAX_DOC_BYTES: '1048576',
      MAX_BYTES_PER_SECOND: '4096',
      MAX_BUFFERED_BYTES: '131072',
      MAX_CONNECTIONS_PER_ADDRESS: '3',
      DATABASE_URL: 'postgres://cxmap:secret@db:5432/cxmap',
      REDIS_URL: 'redis://cache:6379',
      UPDATE_FLUSH_MS: '5',
      COMMIT_DELAY_MS: '2',
    })
    expect(config).toEqual({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp/cx',
      databaseFile: '/tmp/cx/cxmap.db',
      publicUrl: 'https://cx.example.com',
      tldrawLicenseKey: 'key',
      logLevel: 'debug',
      clientDistDir: '/srv/client',
      maxMessageBytes: 2048,
      maxMessagesPerSecond: 50,
      messageBurst: 100,
      maxAwarenessPerSecond: 20,
      awarenessBurst: 40,
      awarenessFlushMs: 0,
      maxConnectionsPerBoard: 3,
      roomUnloadGraceMs: 0,
      compactEveryUpdates: 10,
      chromiumPath: '/opt/chrome/chrome',
      pdfConcurrency: 1,
      pdfQueueLimit: 0,
      pdfTimeoutMs: 30_000,
      pdfTokenTtlMs: 45_000,
      createBoards: 'key',
      creatorKey: 'creator-key-0123456789',
      adminToken: 'admin-token-0123456789',
      boardCreatesPerHour: 5,
      failedAuthPerMinute: 7,
      syncConnectsPerMinute: 9,
      exportsPerMinute: 4,
      trustProxy: true,
      metricsToken: 'metrics-token-0123456789',
      maxDocBytes: 1_048_576,
      maxBytesPerSecond: 4096,
      maxBufferedBytes: 131_072,
      maxConnectionsPerAddress: 3,
      databaseUrl: 'postgres://cxmap:secret@db:5432/cxmap',
      redisUrl: 'redis://cache:6379',
      updateFlushMs: 5,
      commitDelayMs: 2,
    })
  })

  it('delays a busy server’s commits only on PostgreSQL unless COMMIT_DELAY_MS says otherwise', () => {
    expect(readConfig({}).commitDelayMs).toBe(0)
    expect(readConfig({ DATABASE_URL: 'postgres://db/cxmap' }).commitDelayMs).toBe(10)
    expect(readConfig({ DATABASE_URL: 'postgres://db/cxmap', COMMIT_DELAY_MS: '0' }).commitDelayMs).toBe(0)
    expect(readConfig({ COMMIT_DELAY_MS: '3' }).commitDelayMs).toBe(3)
    expect(() => readConfig({ COMMIT_DELAY_MS: 'soon' })).toThrow(/COMMIT_DELAY_MS must be an integer from 0 to 1000/)
  })

  it('treats empty values as unset', () => {
    expect(readConfig({ PORT: '', PUBLIC_URL: ' ', TLDRAW_LICENSE_KEY: '', CHROMIUM_PATH: ' ' })).toMatchObject({
      port: 8080,
      publicUrl: null,
      tldrawLicenseKey: null,
      chromiumPath: null,
    })
  })

  it('resolves a relative CHROMIUM_PATH against the working directory', () => {
    expect(readConfig({ CHROMIUM_PATH: 'bin/chrome' }).chromiumPath).toBe(resolve('bin/chrome'))
  })

  it('resolves relative paths against INIT_CWD, where pnpm was started, when it is set', () => {
    const config = readConfig({
      INIT_CWD: '/srv/cxmap',
      CHROMIUM_PATH: 'bin/chrome',
      CLIENT_DIST_DIR: 'web',
    })
    expect(config).toMatchObject({
      dataDir: '/srv/cxmap/data',
      databaseFile: '/srv/cxmap/data/cxmap.db',
      chromiumPath: '/srv/cxmap/bin/chrome',
      clientDistDir: '/srv/cxmap/web',
    })
    expect(readConfig({ INIT_CWD: '/srv/cxmap', DATA_DIR: '/var/lib/cxmap' }).dataDir).toBe('/var/lib/cxmap')
  })

  it('checks the PDF export’s limits', () => {
    const problemsOf = (env: Record<string, string>) => {
      try {
        readConfig(env)
        return []
      } catch (error) {
        return (error as ConfigError).problems
      }
    }
    expect(problemsOf({ PDF_CONCURRENCY: '0' })).toEqual(['PDF_CONCURRENCY must be an integer from 1 to 16, got "0"'])
    expect(problemsOf({ PDF_QUEUE_LIMIT: '-1' })).toHaveLength(1)
    expect(problemsOf({ PDF_TIMEOUT_MS: '500' })).toHaveLength(1)
    expect(problemsOf({ PDF_TIMEOUT_MS: '90000', PDF_TOKEN_TTL_MS: '60000' })).toEqual([
      'PDF_TOKEN_TTL_MS (60000) must be at least PDF_TIMEOUT_MS (90000): the print token has to outlive the export',
    ])
  })

  it('asks for the creator key when boards are created with one', () => {
    const problemsOf = (env: Record<string, string>) => {
      try {
        return readConfig(env).createBoards
      } catch (error) {
        return (error as ConfigError).problems.join('\n')
      }
    }
    expect(problemsOf({ PUBLIC_URL: 'http://localhost:8080' })).toBe('open')
    expect(problemsOf({ PUBLIC_URL: 'http://127.0.0.1:3000' })).toBe('open')
    expect(problemsOf({ PUBLIC_URL: 'https://cx.example.com' })).toMatch(/CREATOR_KEY must be set: PUBLIC_URL/)
    expect(problemsOf({ PUBLIC_URL: 'https://cx.example.com', CREATE_BOARDS: 'open' })).toBe('open')
    expect(problemsOf({ PUBLIC_URL: 'https://cx.example.com', CREATOR_KEY: 'k'.repeat(16) })).toBe('key')
    expect(problemsOf({ CREATE_BOARDS: 'key' })).toBe('CREATOR_KEY must be set when CREATE_BOARDS=key')
    expect(problemsOf({ CREATE_BOARDS: 'key', CREATOR_KEY: 'short' })).toMatch(/at least 16 characters long, got 5/)
    expect(problemsOf({ TRUST_PROXY: 'maybe' })).toBe('TRUST_PROXY must be true or false, got "maybe"')
  })

  it('reports every invalid variable at once', () => {
    const read = () =>
      readConfig({
        PORT: '70000',
        LOG_LEVEL: 'loud',
        PUBLIC_URL: 'ftp://x',
        MAX_MESSAGE_BYTES: '1.5',
        COMPACT_EVERY_UPDATES: '0',
        DATABASE_URL: 'mysql://root:hunter2@db/cxmap',
      })
    expect(read).toThrow(ConfigError)
    try {
      read()
    } catch (error) {
      const problems = (error as ConfigError).problems
      expect(problems).toHaveLength(6)
      expect(problems.join('\n')).toMatch(/DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//)
      expect(problems.join('\n')).not.toMatch(/hunter2/)
      expect(problems.join('\n')).toMatch(/PORT must be an integer from 0 to 65535, got "70000"/)
      expect(problems.join('\n')).toMatch(/LOG_LEVEL must be one of/)
      expect(problems.join('\n')).toMatch(/PUBLIC_URL must be an http\(s\) URL/)
    }
  })

  it('documents every variable it reads', () => {
    const names = CONFIG_VARIABLES.map((v) => v.name)
    expect(names).toEqual([
      'PORT',
      'HOST',
      'DATA_DIR',
      'PUBLIC_URL',
      'TLDRAW_LICENSE_KEY',
      'LOG_LEVEL',
      'CLIENT_DIST_DIR',
      'MAX_MESSAGE_BYTES',
      'MAX_MESSAGES_PER_SECOND',
      'MAX_AWARENESS_PER_SECOND',
      'AWARENESS_FLUSH_MS',
      'MAX_CONNECTIONS_PER_BOARD',
      'ROOM_UNLOAD_GRACE_MS',
      'COMPACT_EVERY_UPDATES',
      'CHROMIUM_PATH',
      'PDF_CONCURRENCY',
      'PDF_QUEUE_LIMIT',
      'PDF_TIMEOUT_MS',
      'PDF_TOKEN_TTL_MS',
      'CREATE_BOARDS',
      'CREATOR_KEY',
      'ADMIN_TOKEN',
      'BOARD_CREATES_PER_HOUR',
      'FAILED_AUTH_PER_MINUTE',
      'TRUST_PROXY',
      'METRICS_TOKEN',
      'MAX_DOC_BYTES',
      'MAX_BYTES_PER_SECOND',
      'MAX_BUFFERED_BYTES',
      'MAX_CONNECTIONS_PER_ADDRESS',
      'SYNC_CONNECTS_PER_MINUTE',
      'EXPORTS_PER_MINUTE',
      'DATABASE_URL',
      'REDIS_URL',
      'UPDATE_FLUSH_MS',
      'COMMIT_DELAY_MS',
    ])
    for (const variable of CONFIG_VARIABLES) expect(variable.description.length).toBeGreaterThan(10)
  })
})
