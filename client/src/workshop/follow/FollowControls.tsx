/** Bring everyone to me (being built). */
export function FollowControls() {
  return null
}
