import {
  buildBoardSeed,
  createBoardSchema,
  getRecordsMap,
  readRecordById,
  seedBoardDoc,
  writeDocMeta,
  writeRecord,
  type DocRecord,
} from '@cxmap/shared'
import * as Y from 'yjs'
import { createCardRecord } from '../test/boardDocs.ts'
import { createBoardRecordSchema, createUpdateGate, type UpdateGate } from '../src/sync/gate/updateGate.ts'

/** Cost of the update gate per update on a typical board; `node --import tsx server/bench/gate.ts` prints it. */
export interface GateBenchResult {
  cards: number
  updates: number
  /** Mean gate check per update (decode, resolve, validate the changed record), in microseconds. */
  checkMicros: number
  /** Mean `Y.applyUpdate` of the same updates, for scale. */
  applyMicros: number
}

const WARM_UP_UPDATES = 500

/** Moves and retypes cards on a board of `cards` cards; times the gate and the apply of each update apart. */
export function runGateBench(cards = 300, updates = 5000): GateBenchResult {
  const server = new Y.Doc()
  seedBoardDoc(server, buildBoardSeed('base-cjm', 'en'))
  writeDocMeta(server, createBoardSchema().serialize())
  const ids: string[] = []
  for (let i = 0; i < cards; i++) {
    const card = createCardRecord(`bench-${i}`, `card ${i}`, 'barrier', (i % 20) * 220, Math.floor(i / 20) * 160)
    writeRecord(getRecordsMap(server), card)
    ids.push(card.id)
  }
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  const gate = createUpdateGate({
    kind: 'board',
    schema: createBoardRecordSchema(createBoardSchema()),
    areGridsLocked: () => false,
  })
  const measure = (count: number) => measureEdits(server, client, gate, ids, count)
  measure(WARM_UP_UPDATES)
  const { checkNs, applyNs } = measure(updates)
  return { cards, updates, checkMicros: checkNs / updates / 1000, applyMicros: applyNs / updates / 1000 }
}

function measureEdits(server: Y.Doc, client: Y.Doc, gate: UpdateGate, ids: string[], count: number) {
  let update: Uint8Array = new Uint8Array()
  const capture = (bytes: Uint8Array) => (update = bytes)
  client.on('update', capture)
  let checkNs = 0
  let applyNs = 0
  for (let i = 0; i < count; i++) {
    const id = ids[i % ids.length]!
    const card = readRecordById(getRecordsMap(client), id) as DocRecord & { x: number; props: { text: string } }
    // Two edits out of three are moves, one a text change: what a workshop sends most.
    const next =
      i % 3 === 2 ? { ...card, props: { ...card.props, text: `${card.props.text}!` } } : { ...card, x: card.x + 1 }
    writeRecord(getRecordsMap(client), next, card)
    const checkStart = process.hrtime.bigint()
    const verdict = gate.check(server, update, { isFacilitator: false })
    const applyStart = process.hrtime.bigint()
    if (!verdict.ok) throw new Error(`gate bench: an honest edit was refused: ${verdict.reason}`)
    Y.applyUpdate(server, update)
    const end = process.hrtime.bigint()
    checkNs += Number(applyStart - checkStart)
    applyNs += Number(end - applyStart)
  }
  client.off('update', capture)
  return { checkNs, applyNs }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = runGateBench()
  console.log(
    `gate: ${result.updates} card edits on a ${result.cards}-card board — check ${result.checkMicros.toFixed(1)} µs, ` +
      `Y.applyUpdate ${result.applyMicros.toFixed(1)} µs per update`,
  )
}
