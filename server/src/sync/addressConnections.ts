/** Open sync connections per client address, capped; an address's entry goes when its last connection closes. */
export class AddressConnections {
  private readonly counts = new Map<string, number>()

  constructor(private readonly maxPerAddress: number) {}

  /** Counts one more connection of `address`; `false` (and nothing counted) when it already has its maximum. */
  tryOpen(address: string): boolean {
    const count = this.counts.get(address) ?? 0
    if (count >= this.maxPerAddress) return false
    this.counts.set(address, count + 1)
    return true
  }

  /** Counts one connection of `address` closed. */
  release(address: string): void {
    const count = (this.counts.get(address) ?? 0) - 1
    if (count > 0) this.counts.set(address, count)
    else this.counts.delete(address)
  }

  /** Open connections of `address`. */
  count(address: string): number {
    return this.counts.get(address) ?? 0
  }
}
