import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createBoardResponseSchema, readDocTitle, writeDocTitle } from '@cxmap/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { connectSyncedClient } from './clients.ts'
import { spawnServer, type ServerProcess } from './serverProcess.ts'
import { createTempDir } from './testServer.ts'
import { waitFor } from './waitFor.ts'
import { readDocxHeadings } from './zipEntry.ts'

const REPO = fileURLToPath(new URL('../..', import.meta.url))
// An install from the local store and a client build: about 25 s on an idle 2-core machine.
const PACKAGE_STEPS_TIMEOUT_MS = 240_000

const cleanups: (() => Promise<void> | void)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** .dockerignore as a path test (the forms it uses: `name` at the top, `**∕name` anywhere, `*` within a name). */
function readDockerignore(): (path: string) => boolean {
  const patterns = readFileSync(join(REPO, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
  expect(patterns.filter((line) => line.startsWith('!'))).toEqual([])
  const expressions = patterns.map((pattern) => {
    const escaped = pattern.replace(/\/+$/, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp(
      `^${escaped
        .replace(/\*\*\//g, '\0')
        .replace(/\*/g, '[^/]*')
        .replace(/\0/g, '(?:.*/)?')}$`,
    )
  })
  return (path) => expressions.some((expression) => expression.test(path))
}

/** The build context Docker would send: the repository less what .dockerignore leaves out. */
function copyBuildContext(target: string): void {
  const isIgnored = readDockerignore()
  cpSync(REPO, target, {
    recursive: true,
    filter: (source) => {
      const path = relative(REPO, source)
      return path === '' || !isIgnored(path)
    },
  })
}

/** Runs scripts/package-steps.sh; resolves with its exit code and output. */
function runPackageSteps(source: string, target: string): Promise<{ code: number | null; output: string }> {
  // Under `pnpm test`, npm_execpath is the running pnpm: the same one installs the copy.
  const execPath = process.env.npm_execpath ?? ''
  const pnpm = /pnpm/.test(execPath) ? { PNPM: `${process.execPath} ${execPath}` } : {}
  // Niced: the build shares the machine with the other test files, whose timings matter more than its own.
  const child = spawn('nice', ['-n', '10', 'bash', join(source, 'scripts/package-steps.sh'), source, target], {
    env: { ...process.env, ...pnpm, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })))
}

/** The packages of a pnpm install (`name@version` folders of node_modules/.pnpm). */
function installedPackages(dir: string): string[] {
  return readdirSync(join(dir, 'node_modules/.pnpm')).filter((name) => name !== 'node_modules' && !name.startsWith('.'))
}

/** Runs the package steps from a copy of the build context into `target`; checks what the install holds. */
async function packageInto(workDir: string, target: string): Promise<void> {
  const source = join(workDir, 'src')
  copyBuildContext(source)
  expect(existsSync(join(source, 'node_modules'))).toBe(false)
  const steps = await runPackageSteps(source, target)
  expect(steps.code, steps.output).toBe(0)
  expect(existsSync(join(target, 'server/dist/main.js'))).toBe(true)
  expect(existsSync(join(target, 'shared'))).toBe(false)
  expect(existsSync(join(target, 'server/src'))).toBe(false)
  const packages = installedPackages(target)
  expect(packages.some((name) => name.startsWith('better-sqlite3@'))).toBe(true)
  expect(packages.filter((name) => /^(tsx|esbuild|vite|typescript|vitest)@/.test(name))).toEqual([])
}

async function startPackagedServer(target: string, dataDir: string): Promise<ServerProcess> {
  const server = await spawnServer({ DATA_DIR: dataDir, CLIENT_DIST_DIR: '' }, 20_000, {
    args: ['server/dist/main.js'],
    cwd: target,
  })
  cleanups.push(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL')
    await server.exited
  })
  return server
}

/** Creates a board through the API and syncs an edit from one y-websocket client to another. */
async function createAndSyncBoard(server: ServerProcess): Promise<{ boardId: string; viewerToken: string }> {
  const created = await fetch(`${server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Packaged' }),
  })
  expect(created.status).toBe(201)
  const board = createBoardResponseSchema.parse(await created.json())
  const writer = await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor)
  const reader = await connectSyncedClient(server.syncUrl, board.id, board.tokens.viewer)
  cleanups.push(
    () => writer.destroy(),
    () => reader.destroy(),
  )
  // A title, since the server's update gate refuses names the board doc does not declare.
  writeDocTitle(writer.doc, 'hello from server/dist')
  await waitFor(() => readDocTitle(reader.doc) === 'hello from server/dist', {
    message: 'the second client to receive the edit',
  })
  return { boardId: board.id, viewerToken: board.tokens.viewer }
}

/**
 * The packages a bundle file loads at start: its static imports, and those of the chunks it imports statically
 * (a chunk imported with `import()` loads on first use and is not followed).
 */
function readStartupPackages(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>()
  if (seen.has(file)) return packages
  seen.add(file)
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(
    /^(?:import|\} from)\s*(?:[^'"]*from\s*)?"([^"]+)";$/gm,
  )) {
    if (specifier!.startsWith('.')) {
      for (const name of readStartupPackages(join(dirname(file), specifier!), seen)) packages.add(name)
    } else
      packages.add(specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!)
  }
  return packages
}

/** Fetches the board's strategy as DOCX: the writer is a chunk of its own, loaded by the first export. */
async function fetchStrategyDocx(server: ServerProcess, boardId: string, token: string): Promise<Uint8Array> {
  const response = await fetch(`${server.httpUrl}/api/boards/${boardId}/strategy.docx`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(response.status).toBe(200)
  return new Uint8Array(await response.arrayBuffer())
}

describe('package steps (the container build as one script)', () => {
  it(
    'builds the server to JavaScript and runs it from a production install: health, a board, two synced clients, SIGTERM, the CLI',
    async () => {
      const work = await createTempDir('cxmap-package-')
      cleanups.push(work.remove)
      const target = join(work.path, 'app')
      const dataDir = join(work.path, 'data')
      await packageInto(work.path, target)

      const server = await startPackagedServer(target, dataDir)
      expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200)
      const page = await fetch(`${server.httpUrl}/`)
      expect(page.status).toBe(200)
      expect(await page.text()).toBe(readFileSync(join(target, 'client/dist/index.html'), 'utf8'))
      // What only some servers use is not loaded at start; the DOCX writer still loads from the install when asked.
      const atStart = readStartupPackages(join(target, 'server/dist/main.js'))
      expect(atStart).toContain('better-sqlite3')
      expect([...atStart].filter((name) => ['pg', 'ioredis', 'docx'].includes(name))).toEqual([])
      const { boardId, viewerToken } = await createAndSyncBoard(server)
      expect(readDocxHeadings(await fetchStrategyDocx(server, boardId, viewerToken))).toHaveLength(10)
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
      expect(server.output()).toMatch(/"msg":"stopped"/)

      const listed = spawnSync(process.execPath, ['server/dist/cli.js', 'list-boards'], {
        cwd: target,
        env: { ...process.env, DATA_DIR: dataDir },
        encoding: 'utf8',
      })
      expect(listed.status, listed.stderr).toBe(0)
      expect(listed.stdout).toContain(boardId)
    },
    PACKAGE_STEPS_TIMEOUT_MS + 60_000,
  )
})
