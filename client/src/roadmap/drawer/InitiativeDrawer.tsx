/** The open initiative's side panel (being built). */
export function InitiativeDrawer() {
  return null
}
