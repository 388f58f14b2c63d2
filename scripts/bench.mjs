#!/usr/bin/env node
// `pnpm bench`: runs every benchmark, each in its own process, and writes their figures with the machine and the
// date to docs/benchmarks.md. Benchmarks print `BENCH_RESULT {json}` lines; everything else they print is shown.
//   BENCH_SCALE=0.2 pnpm bench   # a quicker, smaller run (the file says which scale was used)
//   BENCH_ONLY=pdf pnpm bench    # only the PDF export; the file's other sections are kept as they were
//   BENCH_ONLY=start pnpm bench  # only the server start (compiled against tsx), the same way
//   BENCH_ONLY=cluster pnpm bench  # only "More than one machine" (PostgreSQL, Redis), the same way
//   BENCH_ONLY=fanout pnpm bench   # the sync server's sections only (no PDF, no server start), the same way
// The PDF benchmark prints the built client (CLIENT_DIST_DIR, else client/dist, rebuilt when older than its sources).

import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const scale = Number(process.env.BENCH_SCALE ?? '1')
const only = process.env.BENCH_ONLY
const BENCHES = [
  { name: 'doc growth', script: 'client/bench/docGrowth.ts', sections: ['## Doc growth'] },
  {
    name: 'sync server',
    script: 'server/bench/run.ts',
    sections: ['## Fan-out', '## More than one machine', '## Presence', '## Large board'],
    needsServerBuild: true,
  },
  { name: 'pdf export', script: 'server/bench/pdfRun.ts', sections: ['## PDF'], isPdf: true, needsServerBuild: true },
  {
    name: 'server start',
    script: 'server/bench/serverStart.ts',
    sections: ['## Server start'],
    isStart: true,
    needsServerBuild: true,
  },
].filter((bench) => {
  if (only === 'pdf') return bench.isPdf
  if (only === 'start') return bench.isStart
  if (only === 'cluster') return bench.name === 'sync server'
  return !(only === 'fanout' && (bench.isPdf || bench.isStart))
})

function ensureClientBuild() {
  const distDir = process.env.CLIENT_DIST_DIR
  // The default client/dist is rebuilt when older than its sources: a stale client cannot open a board written by a
  // newer model ("reload to update"), and the PDF benchmark would fail on it.
  if (distDir === undefined) return runBuild(['client', '--if-stale'])
  if (existsSync(`${distDir}/index.html`)) return Promise.resolve()
  console.log(`\n▶ building the client into ${distDir} (the PDF is printed from it)`)
  return new Promise((resolve, reject) => {
    const vite = `${root}/client/node_modules/.bin/vite`
    const args = ['build', '--config', '../vite.config.ts', '--outDir', distDir, '--emptyOutDir']
    const child = spawn(vite, args, { cwd: `${root}/client`, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`client build exited with ${code}`))))
  })
}

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

const mib = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : 'n/a')
const us = (msPerDelivery) => `${(msPerDelivery * 1000).toFixed(1)} µs`
const ratio = (value) => (Number.isFinite(value) ? `×${value.toFixed(2)}` : 'n/a')
/** How far an A/A ratio strays from 1, either way: the noise floor a comparison must beat. */
const spread = (aa) => Math.max(aa, 1 / aa)

function warmupRange(results) {
  const seconds = [...new Set(results.map((r) => r.warmupMs / 1000).filter(Number.isFinite))]
  return seconds.length === 0 ? 'n/a' : seconds.map((s) => `${s} s`).join(', ')
}

function windowRange(fanout) {
  const seconds = fanout.map((r) => (r.windowMs ?? Number.NaN) / 1000).filter(Number.isFinite)
  if (seconds.length === 0) return 'n/a'
  return `${Math.min(...seconds).toFixed(1)}–${Math.max(...seconds).toFixed(1)} s`
}

// Fan-out: every server in its own child process, CPU read from /proc the same way; ours first, then the peers, then
// ours again (A/A) so the difference between the two runs of ours shows the noise floor of the same run.
function formatFanout(fanout) {
  const lines = ['## Fan-out: ours (auth + append-before-relay storage on) against bare peers, same run', '']
  lines.push(
    'Each server runs in its own child process on a random loopback port; its CPU (user + system, from /proc) is',
    'counted from the first edit until every edit has reached every peer, and divided by the deliveries. The clients',
    'run in the benchmark process. Ours and the reference server get the same y-websocket 3 clients; Hocuspocus speaks',
    'its own protocol variant and gets its own `@hocuspocus/provider` clients, so for Hocuspocus only server CPU per',
    'delivered edit and latency with its own client are compared. The peers are bare references: no auth, no',
    'persistence. Ratios are ours ÷ peer (below 1 = ours cheaper / faster); the A/A row is ours (A/A) ÷ ours, and its',
    'spread from 1 is the noise floor a latency or CPU difference has to exceed to count. Before the measured window',
    `each server gets an unmeasured warm-up of the same edit stream (${warmupRange(fanout)}), long enough for V8 to have`,
    'optimised the hot paths (with 2 s, ours was still compiling through the window). “Clients’ CPU” is the benchmark',
    'process (all clients together) over the same window: when it nears a full core, latency is the clients’, not the',
    'server’s.',
    `Measured window per server and scenario (edits, then the drain of their deliveries): ${windowRange(fanout)}.`,
    '',
  )
  const servers = [...new Map(fanout.map((r) => [r.server, r.description])).entries()]
  for (const [server, description] of servers) lines.push(`- ${server}: ${description}`)
  lines.push('')
  for (const scenario of [...new Set(fanout.map((r) => r.scenario))]) {
    const rows = fanout.filter((r) => r.scenario === scenario)
    const by = (server) => rows.find((r) => r.server === server)
    lines.push(`### ${scenario}`, '')
    lines.push(
      '| Server | Edits | Deliveries | Lost | p50 edit→peer | p99 edit→peer | Server CPU per delivery | Server peak RSS | Clients’ CPU per delivery |',
    )
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const r of rows) {
      const clientCpu = r.clientCpuMsPerDelivery === undefined ? 'n/a' : us(r.clientCpuMsPerDelivery)
      lines.push(
        `| ${r.server} | ${r.edits} | ${r.deliveries} | ${r.lost} | ${ms(r.p50Ms)} | ${ms(r.p99Ms)} | ${us(r.serverCpuMsPerDelivery)} | ${mib(r.peakRssBytes)} | ${clientCpu} |`,
      )
    }
    lines.push('')
    const ours = by('ours')
    const aa = by('ours (A/A)')
    if (!ours) continue
    const cpuAa = aa ? aa.serverCpuMsPerDelivery / ours.serverCpuMsPerDelivery : Number.NaN
    const p99Aa = aa ? aa.p99Ms / ours.p99Ms : Number.NaN
    const rssAa = aa ? aa.peakRssBytes / ours.peakRssBytes : Number.NaN
    lines.push(
      '| Ratio | CPU per delivery | p99 edit→peer | Peak RSS | Target: CPU ≤ 1.0×, p99 within noise, RSS ≤ 1.2×, 0 lost |',
    )
    lines.push('| --- | --- | --- | --- | --- |')
    if (aa) lines.push(`| ours (A/A) ÷ ours: noise floor | ${ratio(cpuAa)} | ${ratio(p99Aa)} | ${ratio(rssAa)} | — |`)
    for (const peer of ['reference', 'hocuspocus']) {
      const r = by(peer)
      if (!r) continue
      const cpu = ours.serverCpuMsPerDelivery / r.serverCpuMsPerDelivery
      const p99 = ours.p99Ms / r.p99Ms
      const rss = ours.peakRssBytes / r.peakRssBytes
      const lost = ours.lost + (aa?.lost ?? 0)
      const cpuVerdict = cpu <= 1 ? 'CPU met' : cpu <= spread(cpuAa) ? 'CPU above, within noise' : 'CPU NOT met'
      const p99Verdict = p99 <= spread(p99Aa) ? 'p99 met' : 'p99 NOT met'
      const rssVerdict = rss <= 1.2 ? 'RSS met' : 'RSS NOT met'
      const lostVerdict = lost === 0 ? '0 lost' : `${lost} LOST`
      lines.push(
        `| ours ÷ ${peer} | ${ratio(cpu)} | ${ratio(p99)} | ${ratio(rss)} | ${cpuVerdict}; ${p99Verdict}; ${rssVerdict}; ${lostVerdict} |`,
      )
    }
    lines.push('')
  }
  return lines
}

// Issue 13's comparison: the same scenarios on more than one machine's backends, each against one SQLite instance.
function formatCluster(cluster) {
  const lines = ['## More than one machine: PostgreSQL and Redis against one SQLite instance, same run', '']
  lines.push(
    'The 50-editor board with its editors alternating between two instances on one PostgreSQL and one Redis (every',
    'edit reaches half of its peers through Redis), and the 200 boards on one instance on PostgreSQL; each beside one',
    'SQLite instance in the same run. Server CPU counts every process involved: the instances, Redis and PostgreSQL',
    '(its backends included). The throwaway PostgreSQL runs with fsync off, like SQLite in WAL mode with',
    'synchronous=NORMAL: a commit reaches the OS, not the disk. Commits: group commits of the instance that created',
    'the boards, over the whole run (warm-up included), from its /metrics. Warm-up before each window as in the',
    `fan-out (${warmupRange(cluster)}).`,
    '',
    '| Scenario | Server | Edits | Deliveries | Lost | p50 edit→peer | p99 edit→peer | Server CPU per delivery | Appends per commit | p99 commit |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  )
  for (const r of cluster) {
    const perCommit = r.commits ? r.commits.appendsPerCommit.toFixed(2) : '—'
    const p99Commit = r.commits ? `≤ ${r.commits.p99CommitMs} ms` : '—'
    lines.push(
      `| ${r.scenario} | ${r.server} | ${r.edits} | ${r.deliveries} | ${r.lost} | ${ms(r.p50Ms)} | ${ms(r.p99Ms)} | ${us(r.serverCpuMsPerDelivery)} | ${perCommit} | ${p99Commit} |`,
    )
  }
  lines.push('')
  for (const scenario of [...new Set(cluster.map((r) => r.scenario))]) {
    const rows = cluster.filter((r) => r.scenario === scenario)
    const sqlite = rows.find((r) => r.server === 'ours (SQLite)')
    const other = rows.find((r) => r.server !== 'ours (SQLite)')
    if (!sqlite || !other) continue
    const target = other.server.includes('Redis') ? 1.5 : 1.2
    const cpu = other.serverCpuMsPerDelivery / sqlite.serverCpuMsPerDelivery
    const verdict = cpu <= target ? 'met' : 'NOT met'
    lines.push(
      `- ${scenario}: ${other.server} ÷ SQLite, CPU per delivery ${ratio(cpu)} (target ≤ ×${target}: ${verdict}).`,
    )
  }
  lines.push('')
  return lines
}

function formatPresence(presence) {
  const lines = ['## Presence: a workshop moving cursors on one board, ours against the bare reference server', '']
  lines.push(
    'Raw y-websocket 3 providers (no BroadcastChannel) in the benchmark process, each publishing a cursor 60 times a',
    'second; like the browsers before 2026-12 they re-send every state they receive. Ours drops those echoes, relays',
    'presence in 50 ms windows and limits each connection; the reference server relays every message to everyone.',
    '“Lag” is the worst distance between a cursor and what another client saw of it, sampled once a second.',
    '',
    '| Clients | Server | Disconnects | Messages out/s | Server CPU ms/s | Clients’ CPU ms/s | Worst lag |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  )
  for (const r of presence) {
    const lag = `${r.worstLagFrames} frames (${Math.round((r.worstLagFrames * 1000) / r.hz)} ms)`
    lines.push(
      `| ${r.clients} | ${r.server} | ${r.disconnects} | ${Math.round(r.messagesOutPerSecond)} | ${Math.round(r.serverCpuMsPerSecond)} | ${Math.round(r.clientCpuMsPerSecond)} | ${lag} |`,
    )
  }
  lines.push('')
  for (const clients of [...new Set(presence.map((r) => r.clients))]) {
    const ours = presence.find((r) => r.clients === clients && r.server === 'ours')
    const reference = presence.find((r) => r.clients === clients && r.server === 'reference')
    if (!ours || !reference) continue
    lines.push(
      `- ${clients} clients: server CPU ours ÷ reference ${ratio(ours.serverCpuMsPerSecond / reference.serverCpuMsPerSecond)}, ` +
        `messages out ${ratio(ours.messagesOutPerSecond / reference.messagesOutPerSecond)}.`,
    )
  }
  lines.push('')
  return lines
}

function formatPdfExport(r) {
  const seconds = (value) => `${(value / 1000).toFixed(2)} s`
  return [
    '## PDF export of a large board: `GET /api/boards/:id/export.pdf`, end to end',
    '',
    `A Russian Base CJM board with ${r.cards} cards written through a real y-websocket client (lanes grown to hold`,
    'them), exported with the defaults (A4 landscape, every section: cover, contents with page numbers, the map as on the',
    'board grid by grid, the grid tiled, heat map, journey text, roadmap; communications left out as empty) by a client over HTTP: the server',
    'queues the export, its headless Chromium opens the print view, which syncs the board and lays it out, then prints',
    'it twice (the second pass fills in the contents’ page numbers). The first run also starts Chromium.',
    '',
    '“Print view ready” (loading the client, syncing the board, laying out every section, the whole-board SVG) and',
    '“printing” (`page.pdf()` twice, finding the sections’ pages) are the server’s own split (`Server-Timing`).',
    '',
    '| Cards | Pages | PDF size | Runs (first starts Chromium) | Median (target < 10 s) | Of which: print view ready / printing (medians) |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${r.cards} | ${r.pages} | ${(r.bytes / 1e6).toFixed(2)} MB | ${r.timesMs.map(seconds).join(', ')} | ${seconds(r.medianMs)} (${r.medianMs < 10_000 ? 'met' : 'NOT met'}) | ${seconds(r.medianReadyMs)} / ${seconds(r.medianPrintMs)} |`,
    '',
  ]
}

/** The `## ` sections of a markdown file, each with its heading line. */
function splitSections(text) {
  return text.split(/^(?=## )/m).filter((part) => part.startsWith('## '))
}

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
  if (fanout.length > 0) lines.push(...formatFanout(fanout))
  const cluster = results.filter((x) => x.kind === 'cluster')
  if (cluster.length > 0) lines.push(...formatCluster(cluster))
  const presence = results.filter((x) => x.kind === 'presence')
  if (presence.length > 0) lines.push(...formatPresence(presence))
  for (const r of results.filter((x) => x.kind === 'firstSync')) {
    lines.push('## Large board: server load + first sync of a new client (room unloaded before)', '')
    lines.push('| Cards | Encoded doc | Connect → synced, first load in the process | Median of 7 (target < 200 ms) |')
    lines.push('| --- | --- | --- | --- |')
    lines.push(
      `| ${r.cards} | ${(r.docBytes / 1e6).toFixed(2)} MB | ${ms(r.firstSyncMs)} | ${ms(r.medianSyncMs)} |`,
      '',
    )
  }
  for (const r of results.filter((x) => x.kind === 'pdfExport')) lines.push(...formatPdfExport(r))
  for (const r of results.filter((x) => x.kind === 'serverStart')) lines.push(...formatServerStart(r))
  return lines.join('\n')
}

/** The server start benchmark runs the compiled server: build it when it is older than its sources. */
function ensureServerBuild() {
  return runBuild(['server', '--if-stale'])
}

/** `scripts/build.mjs` with `args` (which parts, `--if-stale`). */
function runBuild(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.mjs', ...args], { cwd: root, stdio: 'inherit' })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`build ${args.join(' ')} exited with ${code}`)),
    )
  })
}

function formatServerStart({ rows, loadAverage }) {
  const lines = ['## Server start (compiled vs tsx)', '']
  lines.push(
    'Each command runs 5 times, interleaved, from the repository root with a new empty `DATA_DIR`; start is from spawn',
    'to the `listening` log line, RSS is read 3 s after it (`/proc`, the node process). Wall times depend on the',
    `machine's load (load average ${loadAverage.toFixed(1)} at the end): the CPU time to \`listening\` is the steadier figure.`,
    '',
    '| Command | Start → `listening`, median (runs) | CPU time to `listening` | Idle RSS |',
    '| --- | --- | --- | --- |',
  )
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.startMs.toFixed(0)} ms (${r.runsMs.join(', ')}) | ${r.cpuMs.toFixed(0)} ms | ${r.rssMb.toFixed(1)} MiB |`,
    )
  }
  const tsx = rows[0]
  const compiled = rows[1]
  if (tsx && compiled) {
    lines.push(
      '',
      `Compiled ÷ tsx: start ${ratio(compiled.startMs / tsx.startMs)}, CPU ${ratio(compiled.cpuMs / tsx.cpuMs)}, ` +
        `idle RSS ${ratio(compiled.rssMb / tsx.rssMb)}.`,
    )
  }
  lines.push('')
  return lines
}

const results = []
for (const bench of BENCHES) {
  if (bench.isPdf) await ensureClientBuild()
  if (bench.needsServerBuild) await ensureServerBuild()
  results.push(...(await runBench(bench)))
}
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
const file = `${root}/docs/benchmarks.md`
if ((only === 'pdf' || only === 'start' || only === 'cluster' || only === 'fanout') && existsSync(file)) {
  // A partial run replaces its own sections and keeps the others (and the header of the run they came from).
  const previous = readFileSync(file, 'utf8')
  const [previousHeader = ''] = previous.split(/^(?=## )/m)
  // Only the sections this run wrote are replaced (BENCH_ONLY=fanout and =cluster run part of the sync server's).
  const written = splitSections(formatResults(results))
  const replaced = written.map((section) => section.slice(0, section.indexOf('\n')))
  const kept = splitSections(previous).filter((section) => !replaced.some((h) => section.startsWith(h)))
  const note = `_Measured ${new Date().toISOString().slice(0, 10)} with \`BENCH_ONLY=${only}\` (BENCH_SCALE=${scale}) on the machine above._\n\n`
  const fresh = written.map((section) => section.replace(/\n\n/, `\n\n${note}`))
  const sections = [...kept, ...fresh].map((section) => `${section.trimEnd()}\n`)
  writeFileSync(file, `${previousHeader}${sections.join('\n')}`)
} else {
  writeFileSync(file, `${header}\n${formatResults(results)}`)
}
console.log('\nwrote docs/benchmarks.md')
