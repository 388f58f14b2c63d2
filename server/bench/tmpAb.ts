import { oursTarget, referenceTarget, runFanout } from './syncFanout.ts'
import { startServerProcess } from './serverProcess.ts'
const big = process.env.SCEN !== '50'
const scenario = big ? { name: '200x5', boards: 200, editorsPerBoard: 5, editsPerSecond: 1, durationMs: 10_000 } : { name: '50', boards: 1, editorsPerBoard: 50, editsPerSecond: 5, durationMs: 10_000 }
const rounds = Number(process.env.ROUNDS ?? 3)
const modes: Record<string, Record<string, string> | 'ref'> = JSON.parse(process.env.MODES ?? '{"a":{},"b":{}}')
for (let r = 0; r < rounds; r++) {
  for (const [mode, env] of Object.entries(modes)) {
    const target = env === 'ref' ? referenceTarget() : { ...oursTarget(mode), start: () => startServerProcess(env) }
    const res = await runFanout(scenario, target)
    console.log(JSON.stringify({ r, mode, cpuUs: +(res.serverCpuMsPerDelivery * 1000).toFixed(1), p50: +res.p50Ms.toFixed(2), p99: +res.p99Ms.toFixed(2), rssMiB: Math.round(res.peakRssBytes / 2 ** 20), lost: res.lost }))
  }
}
