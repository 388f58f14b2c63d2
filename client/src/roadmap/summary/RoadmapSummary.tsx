/** The effect summary, loyalty triggers and stimuli (being built). */
export function RoadmapSummary() {
  return null
}
