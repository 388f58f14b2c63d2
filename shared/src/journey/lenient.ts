/*
 * Guards of the lenient readers (`parseCardProps`, `parseGridProps`, `parseShapeNode`): each model's reader turns an
 * untrusted record into props its validator accepts, or gives up, with these.
 */

/** Whether `value` is a finite number (not NaN, not ±Infinity). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Whether `value` is a finite size: a number ≥ 0. */
export function isSize(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0
}

/** Whether `value` is a non-empty string id. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}

/** A value on an integer scale: rounded and clamped into [min, max]; undefined when it is not a finite number. */
export function clampScale(value: unknown, min: number, max: number): number | undefined {
  if (!isFiniteNumber(value)) return undefined
  return Math.min(max, Math.max(min, Math.round(value)))
}

/** Whether no item of a parsed list was rejected (null). */
export function isComplete<T>(items: (T | null)[]): items is T[] {
  return items.every((item) => item !== null)
}

/** Whether two items share an id. */
export function hasDuplicateIds(items: { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size !== items.length
}
