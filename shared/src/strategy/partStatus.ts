import type { StrategyMissing, StrategyMissingKey, StrategyPartStatus, StrategyWhere } from './strategyReport.ts'

/** Collects what a part misses: each check that fails adds its key. */
export class MissingList {
  readonly items: StrategyMissing[] = []

  /** Adds `what` (to be added at `where`) when `isMissing`. */
  check(isMissing: boolean, what: StrategyMissingKey, where: StrategyWhere): this {
    if (isMissing) this.items.push({ what, where })
    return this
  }

  /** `complete` with nothing missing, `missing` when the part holds nothing at all, `partial` otherwise. */
  status(hasAnything: boolean): StrategyPartStatus {
    if (this.items.length === 0) return 'complete'
    return hasAnything ? 'partial' : 'missing'
  }
}
