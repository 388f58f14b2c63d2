import type { CardKind } from '@cxmap/shared'

/**
 * The persona a new card gets from the grid cell it is created in: a feeling in a journey that is for exactly one
 * (existing) persona is that persona's; anything else starts with none.
 */
export function pickDefaultPersona(
  kind: CardKind,
  gridPersonaIds: readonly string[],
  knownIds: ReadonlySet<string>,
): string {
  if (kind !== 'feeling') return ''
  const ids = gridPersonaIds.filter((id) => knownIds.has(id))
  return ids.length === 1 ? (ids[0] ?? '') : ''
}
