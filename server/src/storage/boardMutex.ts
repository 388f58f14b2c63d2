/** Runs a function under a per-board lock, one at a time per board. */
export type BoardMutex = <T>(boardId: string, fn: () => Promise<T>) => Promise<T>

/** An in-process per-board mutex (a promise chain per board), for stores no other process writes. */
export function createBoardMutex(): BoardMutex {
  const tails = new Map<string, Promise<unknown>>()
  return async (boardId, fn) => {
    const previous = tails.get(boardId) ?? Promise.resolve()
    const current = previous.then(() => fn())
    const tail = current.catch(() => undefined)
    tails.set(boardId, tail)
    try {
      return await current
    } finally {
      if (tails.get(boardId) === tail) tails.delete(boardId)
    }
  }
}
