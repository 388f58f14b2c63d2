/** The current agenda step everyone sees (being built). */
export function AgendaDisplay() {
  return null
}
