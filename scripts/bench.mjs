#!/usr/bin/env node
// `pnpm bench`: runs every benchmark, each in its own process, and writes their figures with the machine and the
// date to docs/benchmarks.md. Benchmarks print `BENCH_RESULT {json}` lines; everything else they print is shown.
//   BENCH_SCALE=0.2 pnpm bench   # a quicker, smaller run (the file says which scale was used)

import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const scale = Number(process.env.BENCH_SCALE ?? '1')
const BENCHES = [
  { name: 'doc growth', script: 'client/bench/docGrowth.ts' },
  { name: 'sync server', script: 'server/bench/run.ts' },
]

function runBench({ name, script }) {
  return new Promise((resolve, reject) => {
    console.log(`\n▶ ${name}`)
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      env: { ...process.env, BENCH_SCALE: String(scale) },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const results = []
    let buffered = ''
    child.stdout.on('data', (chunk) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('BENCH_RESULT ')) results.push(JSON.parse(line.slice('BENCH_RESULT '.length)))
        else console.log(line)
      }
    })
    child.on('exit', (code) => (code === 0 ? resolve(results) : reject(new Error(`${name} exited with ${code}`))))
  })
}

const ms = (value) => `${value.toFixed(1)} ms`

function formatResults(results) {
  const lines = []
  for (const r of results.filter((x) => x.kind === 'docGrowth')) {
    lines.push('## Doc growth: one shape dragged (x and y), one writer, through the real binding', '')
    lines.push('| Frames | Growth, field arrays (ours) | Growth, per-field Y.Map (naive) | Goal (< 50 KB) |')
    lines.push('| --- | --- | --- | --- |')
    lines.push(
      `| ${r.frames} | ${r.fieldArrayBytes} B | ${r.perFieldMapBytes} B | ${r.withinGoal ? 'met' : 'NOT met'} |`,
      '',
    )
  }
  const fanout = results.filter((x) => x.kind === 'fanout')
  if (fanout.length > 0) {
    lines.push('## Fan-out: real server process, real y-websocket clients, auth and append-before-relay on', '')
    lines.push('| Scenario | Edits | Deliveries | Lost | p50 edit→peer | p99 edit→peer | Server CPU per delivery |')
    lines.push('| --- | --- | --- | --- | --- | --- | --- |')
    for (const r of fanout) {
      lines.push(
        `| ${r.scenario} | ${r.edits} | ${r.deliveries} | ${r.lost} | ${ms(r.p50Ms)} | ${ms(r.p99Ms)} | ${(r.serverCpuMsPerDelivery * 1000).toFixed(0)} µs |`,
      )
    }
    lines.push('')
  }
  for (const r of results.filter((x) => x.kind === 'firstSync')) {
    lines.push('## Large board: server load + first sync of a new client (room unloaded before)', '')
    lines.push('| Cards | Encoded doc | Connect → synced, first load in the process | Median of 7 (target < 200 ms) |')
    lines.push('| --- | --- | --- | --- |')
    lines.push(
      `| ${r.cards} | ${(r.docBytes / 1e6).toFixed(2)} MB | ${ms(r.firstSyncMs)} | ${ms(r.medianSyncMs)} |`,
      '',
    )
  }
  return lines.join('\n')
}

const results = []
for (const bench of BENCHES) results.push(...(await runBench(bench)))
const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const header = [
  '# Benchmarks',
  '',
  'Written by `pnpm bench` (scripts/bench.mjs); the numbers are from the run named below. Latency figures include',
  'the benchmark clients, which run in one Node process next to the server on the same machine.',
  '',
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
  `- Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`,
  `- Node ${process.version}; BENCH_SCALE=${scale}`,
  '',
].join('\n')
writeFileSync(`${root}/docs/benchmarks.md`, `${header}\n${formatResults(results)}`)
console.log('\nwrote docs/benchmarks.md')
