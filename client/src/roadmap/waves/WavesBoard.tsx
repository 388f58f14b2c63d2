/** The three-wave board (being built). */
export function WavesBoard() {
  return null
}
