import { parseNumber } from '@cxmap/shared'

/**
 * A typed metric effect: `+5`, `-0,5`, `−0.5` (a real minus or a dash, a comma or a point as the decimal separator,
 * spaces between digit groups); null when the text is not a finite number.
 */
export function parseEffect(text: string): number | null {
  return parseNumber(text)
}
