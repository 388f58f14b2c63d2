/** The sortable, filterable table of initiatives (being built). */
export function RoadmapTable() {
  return null
}
