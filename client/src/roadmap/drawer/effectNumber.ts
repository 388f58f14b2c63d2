/**
 * A typed metric effect: `+5`, `-0,5`, `−0.5` (a real minus or a dash, a comma or a point as the decimal separator,
 * spaces between digit groups); null when the text is not a finite number.
 */
export function parseEffect(text: string): number | null {
  const normalized = text
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/^[\u2212\u2013\u2012]/, '-')
    .replace(',', '.')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized)) return null
  const value = Number(normalized)
  return Number.isFinite(value) ? value : null
}
