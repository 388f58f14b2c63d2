import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runPdfExport } from './pdfExport.ts'

/** DESIGN.md's target: a 500-card board exported to PDF in under 10 s; the median of three runs is reported. */
const CARDS = 500
const RUNS = 3

const clientDistDir = resolve(
  process.env.CLIENT_DIST_DIR ?? fileURLToPath(new URL('../../client/dist', import.meta.url)),
)
const scale = Number(process.env.BENCH_SCALE ?? '1')
const cards = Math.max(50, Math.round(CARDS * Math.min(1, scale)))
console.log(`  ${cards} cards, ${RUNS} exports (client: ${clientDistDir})`)
const result = await runPdfExport(cards, RUNS, clientDistDir)
// One machine-readable line; scripts/bench.mjs collects it into docs/benchmarks.md.
console.log(`BENCH_RESULT ${JSON.stringify({ kind: 'pdfExport', ...result })}`)
