import type { BoardStore } from '../src/storage/types.ts'

/** A switch that holds calls while closed. */
export class Gate {
  private waiters: (() => void)[] = []
  private isOpen = true
  /** Calls currently held. */
  held = 0

  close(): void {
    this.isOpen = false
  }

  open(): void {
    this.isOpen = true
    for (const wake of this.waiters.splice(0)) wake()
  }

  async pass(): Promise<void> {
    if (this.isOpen) return
    this.held += 1
    await new Promise<void>((resolve) => this.waiters.push(resolve))
    this.held -= 1
  }
}

/** Wraps a store so tests can hold loads and appends, or make appends fail. */
export function createGatedStore(inner: BoardStore) {
  const gates = { load: new Gate(), append: new Gate() }
  const faults = { append: null as Error | null }
  const store: BoardStore = {
    ...inner,
    async loadDoc(boardId, kind) {
      await gates.load.pass()
      return inner.loadDoc(boardId, kind)
    },
    async appendUpdate(boardId, kind, update) {
      await gates.append.pass()
      if (faults.append) throw faults.append
      return inner.appendUpdate(boardId, kind, update)
    },
    async appendUpdates(appends) {
      await gates.append.pass()
      if (faults.append) throw faults.append
      return inner.appendUpdates(appends)
    },
  }
  return { store, gates, faults }
}
