#!/usr/bin/env node
// `pnpm build`: the client (Vite → client/dist) and the server (esbuild → server/dist/main.js and the CLI's cli.js).
// The server bundle carries @cxmap/shared's source; every npm package stays external and must be a runtime dependency
// of @cxmap/server, so a production install (`pnpm install --prod`) can run it.
//
//   node scripts/build.mjs [client] [server] [--if-stale]
//
// --if-stale builds only what is missing or older than its sources (`pnpm start` uses it). Progress goes to stderr,
// so a CLI started after a build keeps a clean stdout.

import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const at = (...parts) => path.join(root, ...parts)
const log = (message) => console.error(`[build] ${message}`)

const SERVER_ENTRIES = { main: at('server/src/main.ts'), cli: at('server/src/cli/main.ts') }

/** What each target produces and what it is built from (a newer source makes the output stale). */
const TARGETS = {
  client: {
    output: () => [at('client/dist/index.html')],
    sources: [
      'client/src',
      'client/public',
      'client/sw',
      'client/index.html',
      'client/package.json',
      'shared/src',
      'vite.config.ts',
      'pnpm-lock.yaml',
    ],
    build: buildClient,
  },
  server: {
    output: () => Object.keys(SERVER_ENTRIES).map((name) => at('server/dist', `${name}.js`)),
    sources: ['server/src', 'server/package.json', 'shared/src', 'scripts/build.mjs'],
    build: buildServer,
  },
}

/** The newest modification time under `relative` (a file or a folder), ignoring tests; 0 when absent. */
function newestMtime(relative) {
  const file = at(relative)
  if (!existsSync(file)) return 0
  const stat = statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(file, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || /\.test\.tsx?$/.test(entry.name)) continue
    newest = Math.max(newest, newestMtime(path.join(relative, entry.name)))
  }
  return newest
}

/** Whether a target's output is missing or older than one of its sources. */
function isStale(name) {
  const target = TARGETS[name]
  const outputs = target.output()
  if (!outputs.every((file) => existsSync(file))) return true
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs))
  return target.sources.some((source) => newestMtime(source) > built)
}

function buildClient() {
  const require = createRequire(import.meta.url)
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js')
  return new Promise((resolve, reject) => {
    // stdout → stderr: Vite's report must not mix with the output of a command started after the build.
    const child = spawn(process.execPath, [vite, 'build', '--config', at('vite.config.ts')], {
      cwd: root,
      stdio: ['ignore', process.stderr, 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited ${code}`))))
  })
}

/** esbuild plugin: `@cxmap/shared` is TypeScript source inside this repository, so it is bundled, not imported. */
const bundleSharedSource = {
  name: 'bundle-shared-source',
  setup(build) {
    build.onResolve({ filter: /^@cxmap\/shared$/ }, () => ({ path: at('shared/src/index.ts') }))
  },
}

async function buildServer() {
  const { build } = await import('esbuild')
  // Chunk names carry a hash: without a clean directory every change would leave the old ones behind.
  rmSync(at('server/dist'), { recursive: true, force: true })
  const result = await build({
    entryPoints: SERVER_ENTRIES,
    outdir: at('server/dist'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // What only some servers use (PostgreSQL's driver, the DOCX writer) is imported on first use: split into chunks,
    // it costs a SQLite server no memory (docs/decisions.md, "Optional modules load on first use").
    splitting: true,
    // Beside main.js: modules find files relative to their own URL (the client build, package.json).
    chunkNames: '[name]-[hash]',
    plugins: [bundleSharedSource],
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    define: defineCommit(),
  })
  checkExternals(result.metafile)
}

/**
 * The commit built, for `cxmap_build_info`: `CXMAP_COMMIT` at build time, else the checkout's HEAD; left to the
 * environment at run time when neither is known (a build context without `.git`, e.g. the container's).
 */
function defineCommit() {
  let commit = process.env.CXMAP_COMMIT
  if (!commit) {
    try {
      commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .toString()
        .trim()
    } catch {
      return {}
    }
  }
  return commit ? { 'process.env.CXMAP_COMMIT': JSON.stringify(commit) } : {}
}

/** The package a bare import names (`@scope/name/sub` → `@scope/name`). */
function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** Fails the build when the bundle imports a package that a production install of the server would not have. */
function checkExternals(metafile) {
  const manifest = JSON.parse(readFileSync(at('server/package.json'), 'utf8'))
  const runtime = new Set(Object.keys(manifest.dependencies ?? {}))
  const builtins = new Set(builtinModules)
  const missing = new Set()
  for (const output of Object.values(metafile.outputs)) {
    for (const { path: specifier, external } of output.imports) {
      if (!external || specifier.startsWith('node:') || builtins.has(specifier)) continue
      if (!runtime.has(packageName(specifier))) missing.add(packageName(specifier))
    }
  }
  if (missing.size > 0) {
    throw new Error(
      `server/dist imports ${[...missing].join(', ')}, not in the "dependencies" of server/package.json ` +
        '(a production install would not have it)',
    )
  }
}

function parseArgs(argv) {
  const names = argv.filter((arg) => !arg.startsWith('--'))
  const unknown = [...names.filter((name) => !(name in TARGETS)), ...argv.filter((a) => /^--(?!if-stale$)/.test(a))]
  if (unknown.length > 0) {
    console.error(
      `unknown argument: ${unknown.join(' ')}\nusage: node scripts/build.mjs [client] [server] [--if-stale]`,
    )
    process.exit(2)
  }
  return { names: names.length > 0 ? names : Object.keys(TARGETS), ifStale: argv.includes('--if-stale') }
}

async function main() {
  const { names, ifStale } = parseArgs(process.argv.slice(2))
  for (const name of names) {
    if (ifStale && !isStale(name)) {
      log(`${name}: up to date`)
      continue
    }
    const started = Date.now()
    log(`${name}: building…`)
    await TARGETS[name].build()
    log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

try {
  await main()
} catch (error) {
  log(`failed: ${error.message}`)
  process.exitCode = 1
}
