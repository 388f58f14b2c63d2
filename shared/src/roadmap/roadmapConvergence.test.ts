import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { INITIATIVE_STATUSES, NECESSITIES, WAVES } from './initiative.ts'
import { createInitiative, deleteInitiative, updateInitiative } from './initiativeOps.ts'
import { ensureRoadmap, readRoadmap } from './roadmapDoc.ts'
import { addTrigger, deleteTrigger, updateTrigger } from './roadmapItemOps.ts'

/** Seeds that once failed: keep them forever. */
const PINNED_SEEDS: number[] = []
const SEEDS = [...PINNED_SEEDS, ...Array.from({ length: 20 }, (_, i) => 2000 + i)]
const STEPS = 300

/** mulberry32: a small seeded PRNG, so a failing run can be replayed from its seed. */
function createPrng(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  return { next, pick }
}

interface Peer {
  doc: Y.Doc
  /** Updates from other peers not yet applied, in arrival order. */
  inbox: Uint8Array[]
}

function randomEdit(prng: ReturnType<typeof createPrng>, doc: Y.Doc, name: () => string): void {
  const initiatives = readRoadmap(doc).initiatives.map((i) => i.id)
  const triggers = readRoadmap(doc).triggers.map((t) => t.id)
  const roll = prng.next()
  if (roll < 0.2 || initiatives.length === 0) createInitiative(doc, { id: name(), title: name() })
  else if (roll < 0.6) {
    const id = prng.pick(initiatives)
    const patches = [
      { title: name() },
      { wave: prng.pick(WAVES) },
      { necessity: prng.pick(NECESSITIES) },
      { status: prng.pick(INITIATIVE_STATUSES) },
      { dependsOn: [prng.pick(initiatives)] },
      { parallelWith: [prng.pick(initiatives), prng.pick(initiatives)] },
      { metrics: [{ id: name(), metric: 'NPS' as const, label: '', effect: Math.round(prng.next() * 10) }] },
    ]
    updateInitiative(doc, id, prng.pick(patches))
  } else if (roll < 0.7) deleteInitiative(doc, prng.pick(initiatives))
  else if (roll < 0.8 || triggers.length === 0) addTrigger(doc, { id: name(), text: name() })
  else if (roll < 0.9) updateTrigger(doc, prng.pick(triggers), { text: name(), order: Math.round(prng.next() * 5) })
  else deleteTrigger(doc, prng.pick(triggers))
}

/** Peers edit at random; updates arrive in random order; at the end all peers read the same valid roadmap. */
function runFuzz(seed: number): void {
  const prng = createPrng(seed)
  const peers: Peer[] = Array.from({ length: 3 }, () => ({ doc: new Y.Doc(), inbox: [] }))
  for (const peer of peers) {
    peer.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return
      for (const other of peers) if (other !== peer) other.inbox.push(update)
    })
  }
  // As a board's seed would: the sections exist before anyone edits.
  ensureRoadmap(peers[0]!.doc)
  for (const peer of peers) for (const update of peer.inbox.splice(0)) Y.applyUpdate(peer.doc, update, 'remote')
  let names = 0
  const name = () => `n${seed}-${names++}`
  for (let step = 0; step < STEPS; step++) {
    const peer = prng.pick(peers)
    if (prng.next() < 0.5) randomEdit(prng, peer.doc, name)
    else if (peer.inbox.length > 0) {
      const [update] = peer.inbox.splice(Math.floor(prng.next() * peer.inbox.length), 1)
      Y.applyUpdate(peer.doc, update!, 'remote')
    }
  }
  for (const peer of peers) for (const update of peer.inbox.splice(0)) Y.applyUpdate(peer.doc, update, 'remote')
  const [first, ...rest] = peers.map((peer) => readRoadmap(peer.doc))
  for (const other of rest) expect(other, `seed ${seed}`).toEqual(first)
  const ids = new Set(first!.initiatives.map((i) => i.id))
  for (const initiative of first!.initiatives) {
    for (const id of [...initiative.dependsOn, ...initiative.parallelWith])
      expect(ids.has(id), `seed ${seed}`).toBe(true)
  }
}

describe('roadmap convergence fuzz', () => {
  it.each(SEEDS)('seed %i: every peer reads the same roadmap', (seed) => runFuzz(seed))
})
