import type { Initiative } from '@cxmap/shared'

/** The two kinds of link between initiatives: sequential ("depends on") and parallel ("in parallel with"). */
export type LinkField = 'dependsOn' | 'parallelWith'

/** Why a link is refused: it would close a dependency loop, or contradict a link of the other kind. */
export type LinkRefusal = { reason: 'cycle'; path: string[] } | { reason: 'conflict' }

type Links = Pick<Initiative, 'id' | 'dependsOn' | 'parallelWith'>

/**
 * The chain of "depends on" links from `fromId` to `toId` (both included), or null when `toId` cannot be reached.
 * Breadth-first, so the chain is a shortest one.
 */
export function findDependencyPath(byId: ReadonlyMap<string, Links>, fromId: string, toId: string): string[] | null {
  const previous = new Map<string, string | null>([[fromId, null]])
  const queue = [fromId]
  for (let index = 0; index < queue.length; index++) {
    const id = queue[index]!
    if (id === toId) {
      const path: string[] = []
      for (let at: string | null = id; at !== null; at = previous.get(at) ?? null) path.unshift(at)
      return path
    }
    for (const next of byId.get(id)?.dependsOn ?? []) {
      if (previous.has(next)) continue
      previous.set(next, id)
      queue.push(next)
    }
  }
  return null
}

/**
 * Checks a new link from `id` to `otherId` before it is written. "A depends on B" is refused when B already depends on
 * A, directly or through others (the loop is returned: B … A); any link is refused when the two are already linked the
 * other way (one cannot both wait for another and run alongside it).
 */
export function checkLink(
  byId: ReadonlyMap<string, Links>,
  id: string,
  otherId: string,
  field: LinkField,
): LinkRefusal | null {
  const self = byId.get(id)
  const other = byId.get(otherId)
  if (!self || !other || id === otherId) return { reason: 'conflict' }
  if (field === 'dependsOn') {
    const path = findDependencyPath(byId, otherId, id)
    if (path) return { reason: 'cycle', path }
    if (self.parallelWith.includes(otherId) || other.parallelWith.includes(id)) return { reason: 'conflict' }
    return null
  }
  if (self.dependsOn.includes(otherId) || other.dependsOn.includes(id)) return { reason: 'conflict' }
  return null
}

/** The initiatives a list may still gain: every other one not already in it, in roadmap order. */
export function listLinkCandidates<T extends Links>(initiatives: readonly T[], self: Links, field: LinkField): T[] {
  const listed = new Set(self[field])
  return initiatives.filter((initiative) => initiative.id !== self.id && !listed.has(initiative.id))
}
