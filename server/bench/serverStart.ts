// Server start, compiled against the TypeScript source under tsx: time from spawn to the `listening` log line, and
// resident memory once idle. Runs the variants interleaved, RUNS times each, and prints a markdown table of medians.
//   pnpm build && node --import tsx server/bench/serverStart.ts   (also part of `pnpm bench`)
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const RUNS = Number(process.env.RUNS ?? 5)
/** How long the server idles after `listening` before its memory is read. */
const SETTLE_MS = 3000

const VARIANTS = [
  { name: 'tsx: `node --import tsx server/src/main.ts`', args: ['--import', 'tsx', 'server/src/main.ts'] },
  { name: 'compiled: `node server/dist/main.js`', args: ['server/dist/main.js'] },
  {
    name: 'compiled + source maps: `node --enable-source-maps server/dist/main.js`',
    args: ['--enable-source-maps', 'server/dist/main.js'],
  },
]

interface Sample {
  startMs: number
  /** CPU time (user + system) of the process and its children up to `listening`: less sensitive to a busy machine. */
  cpuMs: number
  /** The node process alone. */
  rssMb: number
  /** The node process and its children (tsx's esbuild service). */
  treeRssMb: number
}

/** VmRSS of a process in MiB (0 when it is gone). */
function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) / 1024 : 0
  } catch {
    return 0
  }
}

/** The pids of a process's children (from /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((candidate) => {
      try {
        const stat = readFileSync(`/proc/${candidate}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid
      } catch {
        return false
      }
    })
}

const CLOCK_TICKS_PER_SECOND = 100

/** User + system CPU time of a process and its live children, in milliseconds. */
function treeCpuMs(pid: number): number {
  let ticks = 0
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    ticks = Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
  const own = (ticks * 1000) / CLOCK_TICKS_PER_SECOND
  return own + childrenOf(pid).reduce((sum, child) => sum + treeCpuMs(child), 0)
}

function treeRssMb(pid: number): number {
  return rssMb(pid) + childrenOf(pid).reduce((sum, child) => sum + treeRssMb(child), 0)
}

async function measure(args: string[]): Promise<Sample> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cxmap-start-bench-'))
  const started = performance.now()
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const [startMs, cpuMs] = await new Promise<[number, number]>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening`)))
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.includes('"msg":"listening"')) resolve([performance.now() - started, treeCpuMs(child.pid!)])
    })
  })
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  const sample = { startMs, cpuMs, rssMb: rssMb(child.pid!), treeRssMb: treeRssMb(child.pid!) }
  child.kill('SIGTERM')
  await exited
  rmSync(dataDir, { recursive: true, force: true })
  return sample
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'server/dist/main.js'))) throw new Error('server/dist/main.js is missing: pnpm build')
  const samples = VARIANTS.map(() => [] as Sample[])
  for (let run = 0; run < RUNS; run++) {
    for (const [index, variant] of VARIANTS.entries()) samples[index]!.push(await measure(variant.args))
  }
  console.log(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  )
  console.log(
    `load average at the end: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(', ')}\n`,
  )
  console.log(
    '| Command | Start → `listening`, median (runs) | CPU time to `listening` | Idle RSS, node | Idle RSS with children |',
  )
  console.log('| --- | --- | --- | --- | --- |')
  const rows = VARIANTS.map((variant, index) => {
    const runs = samples[index]!
    return {
      name: variant.name,
      startMs: median(runs.map((sample) => sample.startMs)),
      runsMs: runs.map((sample) => Math.round(sample.startMs)),
      cpuMs: median(runs.map((sample) => sample.cpuMs)),
      rssMb: median(runs.map((sample) => sample.rssMb)),
    }
  })
  console.log(`BENCH_RESULT ${JSON.stringify({ kind: 'serverStart', rows, loadAverage: loadavg()[0] })}`)
  for (const [index, variant] of VARIANTS.entries()) {
    const runs = samples[index]!
    const start = median(runs.map((sample) => sample.startMs))
    const all = runs.map((sample) => sample.startMs.toFixed(0)).join(', ')
    console.log(
      `| ${variant.name} | ${start.toFixed(0)} ms (${all}) | ${median(runs.map((s) => s.cpuMs)).toFixed(0)} ms | ` +
        `${median(runs.map((s) => s.rssMb)).toFixed(1)} MiB | ` +
        `${median(runs.map((s) => s.treeRssMb)).toFixed(1)} MiB |`,
    )
  }
}

await main()
