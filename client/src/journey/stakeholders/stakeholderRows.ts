import { STAKEHOLDER_GROUPS, type Stakeholder, type StakeholderGroup } from '@cxmap/shared'

/** The stakeholders a row may add as a conflict: every other one it does not name yet, in the matrix's order. */
export function listConflictCandidates(all: readonly Stakeholder[], row: Stakeholder): Stakeholder[] {
  return all.filter((other) => other.id !== row.id && !row.conflictsWith.includes(other.id))
}

/**
 * Who a row is in conflict with, both ways: the stakeholders it names (`isOwn`, removable there) and those naming it
 * (shown so the clash reads from either row); names of removed stakeholders are skipped.
 */
export function listConflictPartners(
  all: readonly Stakeholder[],
  row: Stakeholder,
): { stakeholder: Stakeholder; isOwn: boolean }[] {
  const byId = new Map(all.map((stakeholder) => [stakeholder.id, stakeholder]))
  const own = row.conflictsWith.flatMap((id) => {
    const stakeholder = byId.get(id)
    return stakeholder ? [{ stakeholder, isOwn: true }] : []
  })
  const named = all
    .filter(
      (other) => other.id !== row.id && other.conflictsWith.includes(row.id) && !row.conflictsWith.includes(other.id),
    )
    .map((stakeholder) => ({ stakeholder, isOwn: false }))
  return [...own, ...named]
}

/** The names of the stakeholders `ids` points to, in the given order, skipping removed ones; blank names get `unnamed`. */
export function nameStakeholders(
  ids: readonly string[],
  byId: ReadonlyMap<string, Stakeholder>,
  unnamed: string,
): string[] {
  return ids.flatMap((id) => {
    const stakeholder = byId.get(id)
    return stakeholder ? [stakeholder.name.trim() || unnamed] : []
  })
}

/** `ids` with `id` added at the end, or taken out when it is there. */
export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]
}

/** The template's groups (all but `custom`) no stakeholder has yet: what "insert the template" would add. */
export function listMissingTemplateGroups(all: readonly Stakeholder[]): StakeholderGroup[] {
  const present = new Set(all.map((stakeholder) => stakeholder.group))
  return STAKEHOLDER_GROUPS.filter((group) => group !== 'custom' && !present.has(group))
}
