/** Who this person follows, and how to stop (being built). */
export function FollowBanner() {
  return null
}
