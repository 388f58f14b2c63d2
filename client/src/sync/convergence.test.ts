import { describe, expect, test } from 'vitest'
import { findDivergence } from '../../test/convergence'
import { applyRandomEdit } from '../../test/fuzzOps'
import { Prng } from '../../test/prng'
import { TestNetwork } from '../../test/testNetwork'

/** Seeds that once failed: keep them forever. */
const PINNED_SEEDS: number[] = []
/** Extra seeds from the environment, e.g. `FUZZ_SEEDS=123,456` to replay a failure. */
const ENV_SEEDS = (import.meta.env.FUZZ_SEEDS ?? '').split(',').filter(Boolean).map(Number)
const SEEDS = [...new Set([...PINNED_SEEDS, ...ENV_SEEDS, ...Array.from({ length: 20 }, (_, i) => 1000 + i)])]
const STEPS = 500

/**
 * Seeded convergence in the style of Yjs's test connector: 3–5 peers (store + doc + binding each) make random edits,
 * connected in a mesh or through a relaying hub (the sync server's shape); updates are delivered in random order
 * (across links, and in half the runs within a link too), peers drop off and come back (exchanging state-vector diffs)
 * and reload (rebind); at the end every doc is equal, every store is its doc's projection and every record is valid.
 * With causal delivery no record may even be reported invalid on the way.
 */
function runFuzz(seed: number): string[] {
  const prng = new Prng(seed)
  const network = new TestNetwork(prng.chance(0.5) ? 'hub' : 'mesh')
  network.isOutOfOrder = prng.chance(0.5)
  // Only a relaying hub delivering in order is causal; elsewhere a field's delete can land before its re-insert
  // (from a peer this one has not heard yet): that read is rightly skipped as invalid, and healed when it arrives.
  const isCausal = network.topology === 'hub' && !network.isOutOfOrder
  const peers = Array.from({ length: prng.int(3, 5) }, () => network.addPeer())
  let names = 0
  const nextName = () => `s${seed}-${names++}`
  for (const peer of peers) {
    peer.bind()
    if (prng.chance(0.5)) network.deliverAll()
  }
  for (let step = 0; step < STEPS; step++) {
    const peer = prng.pick(peers)
    const roll = prng.next()
    if (roll < 0.4) applyRandomEdit(prng, peer, nextName)
    else if (roll < 0.55) peer.flush()
    else if (roll < 0.85) network.deliverRandom(prng)
    else if (roll < 0.9) while (network.deliverNext(peer));
    else if (roll < 0.94) network.disconnect(peer)
    else if (roll < 0.98) network.reconnect(peer)
    else {
      peer.dispose()
      peer.bind()
    }
  }
  network.settle()
  const problems = findDivergence(peers)
  for (const peer of peers) {
    for (const error of peer.errors) problems.push(`${peer.name}: error ${String(error)}`)
    if (!isCausal) continue
    for (const invalid of peer.invalid)
      problems.push(`${peer.name}: invalid record ${invalid.id}: ${String(invalid.error)}`)
  }
  return problems
}

describe('convergence fuzz', () => {
  test.each(SEEDS)('seed %i: all peers converge on valid records', (seed) => {
    expect(runFuzz(seed), `fuzz seed ${seed} diverged (replay with FUZZ_SEEDS=${seed})`).toEqual([])
  })
})
