/** The timeline by quarter with dependency arrows (being built). */
export function RoadmapTimeline() {
  return null
}
