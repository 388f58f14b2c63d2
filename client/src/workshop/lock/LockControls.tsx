/** The facilitator's lock switch (being built). */
export function LockControls() {
  return null
}
