import {
  hocuspocusTarget,
  oursTarget,
  referenceTarget,
  runFanout,
  type FanoutScenario,
  type FanoutTarget,
} from './syncFanout.ts'
import { clusterTarget, lastCommitFigures, postgresTarget } from './clusterFanout.ts'
import { runFirstSync } from './firstSync.ts'
import { hasPostgres } from '../test/postgresServer.ts'
import { hasRedis } from '../test/redisServer.ts'
import { runPresence } from './presence.ts'

/**
 * Fan-out scenarios of DESIGN.md's performance targets, scaled by BENCH_SCALE (1 = full) to fit a quick run. At scale 1
 * each server runs each scenario for 10 s after a 15 s unmeasured warm-up: the four servers × two scenarios take about
 * 6 minutes on the 2-core machines; below scale 0.3 the measured window stays at 3 s. The warm-up is that long because
 * V8 is still optimising functions long after the first seconds: with 2 s, ours went on compiling 10–20 functions a
 * second with TurboFan through the window (a fifth of a cluster instance's CPU samples were the compiler), the
 * reference server, with less code, settled sooner (docs/decisions.md).
 */
function listScenarios(scale: number): FanoutScenario[] {
  const durationMs = Math.max(3000, Math.round(10_000 * scale))
  const warmupMs = Math.max(2000, Math.round(15_000 * scale))
  return [
    {
      name: '1 board × 50 editors × 5 edits/s',
      boards: 1,
      editorsPerBoard: 50,
      editsPerSecond: 5,
      durationMs,
      warmupMs,
    },
    {
      name: `${Math.max(1, Math.round(200 * scale))} boards × 5 editors × 1 edit/s`,
      boards: Math.max(1, Math.round(200 * scale)),
      editorsPerBoard: 5,
      editsPerSecond: 1,
      durationMs,
      warmupMs,
    },
  ]
}

/** Interleaved: ours, the two peers, then ours again (the A/A run that shows the noise floor). */
const TARGETS: FanoutTarget[] = [oursTarget(), referenceTarget(), hocuspocusTarget(), oursTarget('ours (A/A)')]

// Every y-websocket provider adds a process 'exit' listener; hundreds of clients are expected here.
process.setMaxListeners(0)
const scale = Number(process.env.BENCH_SCALE ?? '1')
// `fanout`: only the fan-out comparison; `cluster`: only the more-than-one-machine runs (scripts/bench.mjs)
const only = process.env.BENCH_ONLY
for (const scenario of only === 'cluster' ? [] : listScenarios(scale)) {
  for (const target of TARGETS) {
    console.log(`  ${scenario.name}: ${target.server}`)
    const result = await runFanout(scenario, target)
    // One machine-readable line per result; scripts/bench.mjs collects them into docs/benchmarks.md.
    console.log(`BENCH_RESULT ${JSON.stringify({ kind: 'fanout', ...result })}`)
  }
}

// More than one machine (issue 13): the 50-editor board split over two instances on PostgreSQL + Redis, and the
// 200 boards on one instance on PostgreSQL, each against one SQLite instance in the same run.
if ((only === undefined || only === 'cluster') && hasPostgres() && hasRedis()) {
  const [board, boards] = listScenarios(scale)
  const runs: [FanoutScenario, FanoutTarget][] = [
    [board!, oursTarget('ours (SQLite)')],
    [board!, clusterTarget()],
    [boards!, oursTarget('ours (SQLite)')],
    [boards!, postgresTarget()],
  ]
  for (const [scenario, target] of runs) {
    console.log(`  ${scenario.name}: ${target.server}`)
    const result = await runFanout(scenario, target)
    const commits = lastCommitFigures.value
    lastCommitFigures.value = null
    console.log(`BENCH_RESULT ${JSON.stringify({ kind: 'cluster', ...result, commits })}`)
  }
}

// Presence: a workshop's cursors on one board (raw y-websocket clients echo every state they receive, as browsers did).
if (only === undefined) {
  const durationMs = Math.max(3000, Math.round(10_000 * scale))
  for (const clients of [30, 60]) {
    for (const server of ['ours', 'reference'] as const) {
      console.log(`  presence ${clients} clients × 60 Hz: ${server}`)
      const result = await runPresence({ clients, hz: 60, durationMs }, server)
      console.log(`BENCH_RESULT ${JSON.stringify({ kind: 'presence', ...result })}`)
    }
  }
}

if (only === undefined) {
  const firstSync = await runFirstSync(2000)
  console.log(`BENCH_RESULT ${JSON.stringify({ kind: 'firstSync', ...firstSync })}`)
}
