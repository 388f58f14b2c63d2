/** Voter keys that other instances' connections hold, per board and instance (each instance sends its whole set). */
export class RemoteVoters {
  private readonly boards = new Map<string, Map<string, Set<string>>>()

  /** Replaces what one instance holds for a board. */
  set(boardId: string, instanceId: string, voterKeys: readonly string[]): void {
    const instances = this.boards.get(boardId) ?? new Map<string, Set<string>>()
    if (voterKeys.length > 0) instances.set(instanceId, new Set(voterKeys))
    else instances.delete(instanceId)
    if (instances.size > 0) this.boards.set(boardId, instances)
    else this.boards.delete(boardId)
  }

  /** Whether another instance has a connection to the board that holds this voter key. */
  has(boardId: string, voterKey: string): boolean {
    for (const keys of this.boards.get(boardId)?.values() ?? []) if (keys.has(voterKey)) return true
    return false
  }

  /** Forgets everything an instance held (it stopped or went silent). */
  forgetInstance(instanceId: string): void {
    for (const boardId of [...this.boards.keys()]) this.set(boardId, instanceId, [])
  }
}
