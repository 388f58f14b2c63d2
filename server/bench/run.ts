import { runFanout, type FanoutScenario } from './syncFanout.ts'
import { runFirstSync } from './firstSync.ts'

/** Fan-out scenarios of DESIGN.md's performance targets, scaled by BENCH_SCALE (1 = full) to fit a quick run. */
function listScenarios(scale: number): FanoutScenario[] {
  const durationMs = Math.max(3000, Math.round(10_000 * scale))
  return [
    { name: '1 board × 50 editors × 5 edits/s', boards: 1, editorsPerBoard: 50, editsPerSecond: 5, durationMs },
    {
      name: `${Math.max(1, Math.round(200 * scale))} boards × 5 editors × 1 edit/s`,
      boards: Math.max(1, Math.round(200 * scale)),
      editorsPerBoard: 5,
      editsPerSecond: 1,
      durationMs,
    },
  ]
}

// Every y-websocket provider adds a process 'exit' listener; hundreds of clients are expected here.
process.setMaxListeners(0)
const scale = Number(process.env.BENCH_SCALE ?? '1')
for (const scenario of listScenarios(scale)) {
  const result = await runFanout(scenario)
  // One machine-readable line per result; scripts/bench.mjs collects them into docs/benchmarks.md.
  console.log(`BENCH_RESULT ${JSON.stringify({ kind: 'fanout', ...result })}`)
}

const firstSync = await runFirstSync(2000)
console.log(`BENCH_RESULT ${JSON.stringify({ kind: 'firstSync', ...firstSync })}`)
