import * as Y from 'yjs'

/**
 * What a Yjs update holds, independent of how it was split or merged: its state vector and its deletions, both
 * sorted. Two updates with the same fingerprint give the same document.
 */
export function fingerprintUpdate(update: Uint8Array): string {
  const stateVector = [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)).entries()].sort(
    ([a], [b]) => a - b,
  )
  const { ds } = Y.decodeUpdate(update)
  const deletions = [...ds.clients.entries()]
    .sort(([a], [b]) => a - b)
    .map(([client, items]) => [client, mergeRanges(items.map((item) => [item.clock, item.clock + item.len]))])
    .filter(([, ranges]) => (ranges as unknown[]).length > 0)
  return JSON.stringify({ stateVector, deletions })
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = []
  for (const [start, end] of ranges.sort(([a], [b]) => a - b)) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}
