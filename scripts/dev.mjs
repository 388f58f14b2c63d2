#!/usr/bin/env node
// Runs the API/sync server (tsx watch) and the Vite dev server together; stopping one stops both.
// CXMAP_SERVER_PORT (default 8080) is the server's port and the Vite proxy's target.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const serverPort = process.env.CXMAP_SERVER_PORT || '8080'
const env = { ...process.env, PORT: serverPort, CXMAP_SERVER_PORT: serverPort }

const children = [
  start('server', 'npx', ['tsx', 'watch', 'src/main.ts'], `${repoRoot}server`),
  start('client', 'npx', ['vite', '--config', '../vite.config.ts'], `${repoRoot}client`),
]

let isStopping = false

function start(name, command, args, cwd) {
  // detached: each child leads its own process group, so stopping it also stops what it spawned (tsx, esbuild).
  const child = spawn(command, args, { cwd, env, stdio: 'inherit', detached: true })
  child.on('exit', (code, signal) => {
    if (isStopping) return
    console.error(`[dev] ${name} exited (${signal ?? code}); stopping the rest`)
    stopAll(code ?? 1)
  })
  return child
}

function stopAll(exitCode) {
  isStopping = true
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.exitCode = exitCode
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => stopAll(0))
}
process.on('exit', () => {
  if (!isStopping) stopAll(process.exitCode ?? 0)
})
