/** Colour stops of the heat scale, from a little pain to the most on the page. */
const HEAT_STOPS = [
  { at: 0, rgb: [255, 224, 102] },
  { at: 0.5, rgb: [247, 103, 7] },
  { at: 1, rgb: [201, 42, 42] },
] as const

/** The tint of a cell whose pain is `ratio` (0…1) of the highest: transparent at 0, red at 1. */
export function getHeatColor(ratio: number): string {
  if (!(ratio > 0)) return 'transparent'
  const t = Math.min(1, ratio)
  const upper = HEAT_STOPS.find((stop) => stop.at >= t) ?? HEAT_STOPS[2]
  const lower = [...HEAT_STOPS].reverse().find((stop) => stop.at <= t) ?? HEAT_STOPS[0]
  const span = upper.at - lower.at
  const k = span === 0 ? 0 : (t - lower.at) / span
  const [r, g, b] = lower.rgb.map((value, i) => Math.round(value + ((upper.rgb[i] ?? value) - value) * k))
  // Light pain stays see-through so card text over it keeps its contrast.
  const alpha = 0.22 + 0.38 * t
  return `rgba(${r}, ${g}, ${b}, ${alpha.toFixed(2)})`
}

/** A CSS gradient of the whole heat scale, for the legend. */
export const HEAT_GRADIENT = `linear-gradient(90deg, ${[0.05, 0.5, 1].map(getHeatColor).join(', ')})`
