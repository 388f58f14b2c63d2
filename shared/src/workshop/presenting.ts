import { isPlainObject } from '../doc/json.ts'

/**
 * How the facilitator presents a step: with `hideCursors` on, every client hides the participants' cursors (a
 * facilitator's stays, so people see what is pointed at). Lives in the control doc's `workshop` map under `presenting`.
 */
export interface WorkshopPresenting {
  hideCursors: boolean
}

/** Nothing hidden. */
export const DEFAULT_PRESENTING: WorkshopPresenting = { hideCursors: false }

/** The presenting state; nothing hidden by default or when malformed. */
export function parsePresenting(value: unknown): WorkshopPresenting {
  return { hideCursors: isPlainObject(value) && value.hideCursors === true }
}

/**
 * Whether this client draws a remote person's cursor: always, unless cursors are hidden for the step; then only the
 * facilitators' (the people who present).
 */
export function isCursorShown(presenting: WorkshopPresenting, isFacilitatorCursor: boolean): boolean {
  return !presenting.hideCursors || isFacilitatorCursor
}
