import { afterEach, describe, expect, it, vi } from 'vitest'
import { GroupCommit, type CommitReport } from './groupCommit.ts'
import type { DocAppend } from './types.ts'

/** A store that records its transactions and can hold them or refuse one board's appends. */
function createRecordingStore() {
  const transactions: string[][] = []
  let seq = 0
  let release: (() => void) | null = null
  const state = { hold: false, refusedBoard: '' }
  const store = {
    async appendUpdates(appends: readonly DocAppend[]): Promise<number[]> {
      if (state.hold) await new Promise<void>((resolve) => (release = resolve))
      if (appends.some((a) => a.boardId === state.refusedBoard)) throw new Error('FOREIGN KEY constraint failed')
      transactions.push(appends.map((a) => `${a.boardId}/${a.kind}`))
      return appends.map(() => ++seq)
    },
  }
  return { store, transactions, state, release: () => release?.() }
}

const update = new Uint8Array([1])

describe('GroupCommit', () => {
  it('stores what every room asks for in one turn as one transaction, each caller getting its own sequence number', async () => {
    const { store, transactions } = createRecordingStore()
    const reports: CommitReport[] = []
    const commit = new GroupCommit(store, (report) => reports.push(report))
    const seqs = await Promise.all([
      commit.append('a', 'board', update),
      commit.append('b', 'board', update),
      commit.append('a', 'control', update),
    ])
    expect(transactions).toEqual([['a/board', 'b/board', 'a/control']])
    expect(seqs).toEqual([1, 2, 3])
    expect(reports.map((r) => r.appends)).toEqual([3])
  })

  it('gathers the appends asked for while a transaction runs into the next one', async () => {
    const recording = createRecordingStore()
    recording.state.hold = true
    const commit = new GroupCommit(recording.store)
    const first = commit.append('a', 'board', update)
    await new Promise((resolve) => setImmediate(resolve))
    const later = [commit.append('b', 'board', update), commit.append('c', 'board', update)]
    recording.state.hold = false
    recording.release()
    await Promise.all([first, ...later])
    expect(recording.transactions).toEqual([['a/board'], ['b/board', 'c/board']])
  })

  it('fails only the append the store refuses; the others of its turn are stored', async () => {
    const recording = createRecordingStore()
    recording.state.refusedBoard = 'deleted'
    const commit = new GroupCommit(recording.store)
    const results = await Promise.allSettled([
      commit.append('a', 'board', update),
      commit.append('deleted', 'board', update),
      commit.append('b', 'board', update),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(recording.transactions).toEqual([['a/board'], ['b/board']])
  })

  describe('with a commit delay (COMMIT_DELAY_MS)', () => {
    afterEach(() => vi.useRealTimers())

    it('commits a quiet server’s append at once and gathers what comes within the delay after into one commit', async () => {
      vi.useFakeTimers()
      const { store, transactions } = createRecordingStore()
      const commit = new GroupCommit(store, () => {}, 5)
      const first = commit.append('a', 'board', update)
      await vi.advanceTimersToNextTimerAsync()
      await first
      expect(transactions).toEqual([['a/board']])
      const later = [commit.append('b', 'board', update)]
      await vi.advanceTimersByTimeAsync(1)
      later.push(commit.append('c', 'board', update))
      await vi.advanceTimersByTimeAsync(2)
      expect(transactions).toHaveLength(1)
      await vi.advanceTimersByTimeAsync(2)
      await Promise.all(later)
      expect(transactions).toEqual([['a/board'], ['b/board', 'c/board']])
      // A quiet while later the next append commits at once again.
      await vi.advanceTimersByTimeAsync(50)
      const alone = commit.append('d', 'board', update)
      await vi.advanceTimersToNextTimerAsync()
      await alone
      expect(transactions).toEqual([['a/board'], ['b/board', 'c/board'], ['d/board']])
    })
  })
})
