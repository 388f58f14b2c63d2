/** The countdown everyone sees (being built). */
export function TimerDisplay() {
  return null
}
