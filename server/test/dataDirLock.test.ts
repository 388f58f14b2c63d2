import { afterEach, expect, it } from 'vitest'
import { spawnServer, type ServerProcess } from './serverProcess.ts'
import { createTempDir } from './testServer.ts'

const servers: ServerProcess[] = []
let dir: Awaited<ReturnType<typeof createTempDir>> | null = null
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.child.kill('SIGKILL')
    await server.exited
  }
  await dir?.remove()
})

it('a second server on the same DATA_DIR refuses to start, and a kill -9 leaves no stale lock', async () => {
  dir = await createTempDir('cxmap-lock-')
  const first = await spawnServer({ DATA_DIR: dir.path })
  servers.push(first)
  await expect(spawnServer({ DATA_DIR: dir.path })).rejects.toThrow(
    /exited \(1\)[\s\S]*already using the data directory/,
  )

  first.child.kill('SIGKILL')
  await first.exited
  servers.push(await spawnServer({ DATA_DIR: dir.path }))
}, 60_000)
