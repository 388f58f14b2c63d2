/*
 * Guards shared by the strategy entities' lenient readers (`parseStakeholder`, `parsePersona`): each bad field falls
 * back to its default, long strings are cut, id lists lose blanks, duplicates and the entity's own id.
 */

import { MAX_STRATEGY_FIELD_LENGTH, MAX_STRATEGY_REFERENCES } from './strategyLimits.ts'

/** A string field: the value cut to {@link MAX_STRATEGY_FIELD_LENGTH}, or the fallback when it is not a string. */
export function readStringField(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.slice(0, MAX_STRATEGY_FIELD_LENGTH) : fallback
}

/** A finite number field, or the fallback. */
export function readNumberField(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** Distinct non-empty ids, never `selfId`, at most {@link MAX_STRATEGY_REFERENCES}. */
export function readIdList(value: unknown, selfId: string): string[] {
  if (!Array.isArray(value)) return []
  const ids = value.filter((item): item is string => typeof item === 'string' && item !== '' && item !== selfId)
  return [...new Set(ids)].slice(0, MAX_STRATEGY_REFERENCES)
}
