/** The facilitator's timer controls (being built). */
export function TimerControls() {
  return null
}
