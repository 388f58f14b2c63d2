/**
 * Doc growth benchmark: one writer drags one shape for 10,000 frames (x and y) through the real binding, and the
 * encoded doc's growth is compared with the naive layout (one Y.Map per record, a key per field) in the same run.
 * Run: `npx tsx client/bench/docGrowth.ts`. Goal (DESIGN.md): under 50 KB for the 10,000 frames.
 */
import { flattenRecord, getRecordsMap, readRecordById } from '@cxmap/shared'
import { Store } from '@tldraw/store'
import { createTLSchema, type TLGeoShape, type TLRecord, type TLStoreProps } from '@tldraw/tlschema'
import { pathToFileURL } from 'node:url'
import type { TLStore } from 'tldraw'
import * as Y from 'yjs'
import { bind } from '../src/sync/bind'
import { createManualScheduler } from '../test/manualScheduler'

// tldraw's store hands changes to its listeners on animation frames, which Node lacks: the bench plays the frames
// by hand instead (see `playFrame`), so the store's own frame requests can go nowhere.
globalThis.requestAnimationFrame ??= () => 0
globalThis.cancelAnimationFrame ??= () => {}

/** DESIGN.md's goal for 10,000 drag frames. */
export const DOC_GROWTH_GOAL_BYTES = 50_000

/** Figures of one run of {@link runDocGrowthBench}. */
export interface DocGrowthResult {
  frames: number
  /** Growth of the encoded doc with our layout (a Y.Array of field entries per record), through the binding. */
  fieldArrayBytes: number
  /** Growth with the naive layout: a Y.Map per record, one key per field. */
  perFieldMapBytes: number
  goalBytes: number
  withinGoal: boolean
  /** Mean time per frame through the binding (store change + flush into one transaction). */
  msPerFrame: number
}

/** Drags one shape `frames` times in both layouts and reports the encoded doc growth of each. */
export function runDocGrowthBench(frames = 10_000): DocGrowthResult {
  const shape = createDraggedShape()
  const { bytes, ms } = measureBinding(shape, frames)
  return {
    frames,
    fieldArrayBytes: bytes,
    perFieldMapBytes: measurePerFieldMaps(shape, frames),
    goalBytes: DOC_GROWTH_GOAL_BYTES,
    withinGoal: bytes < DOC_GROWTH_GOAL_BYTES,
    msPerFrame: ms / frames,
  }
}

function measureBinding(shape: TLGeoShape, frames: number) {
  const store = createBenchStore()
  const doc = new Y.Doc()
  const scheduler = createManualScheduler()
  const dispose = bind(store, doc, { schedule: scheduler.schedule })
  // One animation frame: the store hands its changes to the binding, then the binding flushes them to the doc.
  const playFrame = () => {
    store._flushHistory()
    scheduler.flush()
  }
  store.put([shape])
  playFrame()
  const before = Y.encodeStateAsUpdate(doc).byteLength
  const start = performance.now()
  for (let frame = 1; frame <= frames; frame++) {
    store.put([{ ...shape, x: 100 + frame, y: 200 + frame }])
    playFrame()
  }
  const ms = performance.now() - start
  const bytes = Y.encodeStateAsUpdate(doc).byteLength - before
  const stored = readRecordById(getRecordsMap(doc), shape.id)
  if (stored?.x !== 100 + frames || stored.y !== 200 + frames) throw new Error('the drags did not reach the doc')
  dispose()
  store.dispose()
  return { bytes, ms }
}

function measurePerFieldMaps(shape: TLRecord, frames: number): number {
  const doc = new Y.Doc()
  const fields = new Y.Map<unknown>()
  doc.transact(() => {
    doc.getMap<Y.Map<unknown>>('records').set(shape.id, fields)
    for (const [key, value] of flattenRecord(shape)) fields.set(key, value)
  })
  const before = Y.encodeStateAsUpdate(doc).byteLength
  for (let frame = 1; frame <= frames; frame++) {
    doc.transact(() => {
      fields.set('x', 100 + frame)
      fields.set('y', 200 + frame)
    })
  }
  return Y.encodeStateAsUpdate(doc).byteLength - before
}

// Built from tldraw's schema and store packages: importing 'tldraw' itself in Node leaves a handle open, and the
// process would never exit.
function createBenchStore(): TLStore {
  const props = { defaultName: '', onMount: () => {} } as unknown as TLStoreProps
  return new Store({ schema: createTLSchema(), props }) as TLStore
}

/** A rectangle with tldraw 5.4.2's default geo props. */
function createDraggedShape(): TLGeoShape {
  return {
    typeName: 'shape',
    id: 'shape:dragged' as TLGeoShape['id'],
    type: 'geo',
    parentId: 'page:page' as TLGeoShape['parentId'],
    index: 'a1' as TLGeoShape['index'],
    x: 100,
    y: 200,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      w: 100,
      h: 100,
      geo: 'rectangle',
      dash: 'draw',
      growY: 0,
      url: '',
      scale: 1,
      flipX: false,
      flipY: false,
      color: 'black',
      labelColor: 'black',
      fill: 'none',
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      richText: { type: 'doc', content: [{ type: 'paragraph' }] },
    },
  }
}

/** The result as a markdown table row (see {@link DOC_GROWTH_TABLE_HEADER}). */
export function formatDocGrowthRow(result: DocGrowthResult): string {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`
  const verdict = result.withinGoal ? 'yes' : 'NO'
  return `| ${result.frames.toLocaleString('en')} drag frames | ${result.fieldArrayBytes} B (${kb(result.fieldArrayBytes)}) | ${result.perFieldMapBytes} B (${kb(result.perFieldMapBytes)}) | < ${kb(result.goalBytes)}: ${verdict} | ${result.msPerFrame.toFixed(3)} ms |`
}

/** Header of the markdown table {@link formatDocGrowthRow} fills. */
export const DOC_GROWTH_TABLE_HEADER = [
  '| Scenario | Growth, field arrays (ours, via binding) | Growth, per-field Y.Map | Goal met | Time per frame |',
  '| --- | --- | --- | --- | --- |',
].join('\n')

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runDocGrowthBench()
  console.log(DOC_GROWTH_TABLE_HEADER)
  console.log(formatDocGrowthRow(result))
  // One machine-readable line, as the other benchmarks print, for a runner to collect.
  console.log(`BENCH_RESULT ${JSON.stringify({ kind: 'docGrowth', ...result })}`)
  if (!result.withinGoal) process.exitCode = 1
}
