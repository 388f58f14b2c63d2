import { oursTarget, referenceTarget, runFanout } from './syncFanout.ts'
const scenario = { name: '200x5', boards: 200, editorsPerBoard: 5, editsPerSecond: 1, durationMs: 10_000 }
const res = await runFanout(scenario, process.env.REF ? referenceTarget() : oursTarget())
console.log(JSON.stringify({ cpuUs: +(res.serverCpuMsPerDelivery * 1000).toFixed(1), p50: +res.p50Ms.toFixed(2), p99: +res.p99Ms.toFixed(2), rssMiB: Math.round(res.peakRssBytes / 2 ** 20), windowMs: res.windowMs }))
