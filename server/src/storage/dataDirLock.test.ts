import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createTempDir } from '../../test/testServer.ts'
import { DataDirLockedError, lockDataDir, type DataDirLock } from './dataDirLock.ts'

const dirs: Awaited<ReturnType<typeof createTempDir>>[] = []
const locks: DataDirLock[] = []
afterEach(async () => {
  for (const lock of locks.splice(0)) lock.release()
  for (const dir of dirs.splice(0)) await dir.remove()
})

async function tempDir(): Promise<string> {
  const dir = await createTempDir('cxmap-lock-')
  dirs.push(dir)
  return dir.path
}

const LOCK_MODULE = fileURLToPath(new URL('./dataDirLock.ts', import.meta.url))

/** A child process that takes the lock, says "locked" and holds it until killed. */
function holdInChild(dataDir: string): Promise<{ kill: () => Promise<void> }> {
  const script = `const { lockDataDir } = await import(${JSON.stringify(LOCK_MODULE)}); globalThis.held = lockDataDir(process.argv[1]); console.log('locked'); setInterval(() => {}, 1000)`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) {
        resolve({
          kill: async () => {
            child.kill('SIGKILL')
            await exited
          },
        })
      }
    })
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)))
  })
}

describe('the data directory lock', () => {
  it('refuses a second holder in this process, and is free again once released', async () => {
    const dir = await tempDir()
    const first = lockDataDir(dir)
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError)
    first.release()
    locks.push(lockDataDir(dir))
  })

  it('refuses while another process holds it, and is free after that process is killed with SIGKILL', async () => {
    const dir = await tempDir()
    const holder = await holdInChild(dir)
    expect(() => lockDataDir(dir)).toThrow(/already using the data directory/)
    await holder.kill()
    locks.push(lockDataDir(dir))
  }, 30_000)

  it('lets two data directories be held at once', async () => {
    locks.push(lockDataDir(await tempDir()), lockDataDir(await tempDir()))
    expect(locks).toHaveLength(2)
  })
})
