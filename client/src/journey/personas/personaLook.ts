import type { TLAsset } from 'tldraw'

/** Up to two letters standing for a persona when it has no picture: the first letters of its first two words. */
export function getPersonaInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.slice(0, 2).map((word) => [...word][0] ?? '')
  return letters.join('').toLocaleUpperCase()
}

/** An image uploaded to the board that a persona can take as its avatar. */
export interface BoardImage {
  id: string
  src: string
  name: string
}

/** The board's uploaded images (tldraw image assets with a source), in the store's order. */
export function listBoardImages(assets: readonly TLAsset[]): BoardImage[] {
  const images: BoardImage[] = []
  for (const asset of assets) {
    if (asset.type !== 'image' || !asset.props.src) continue
    images.push({ id: asset.id, src: asset.props.src, name: asset.props.name })
  }
  return images
}

/** The colour the next persona gets: the first of the palette no persona has yet, else the palette in turn. */
export function pickPersonaColor(palette: readonly string[], used: readonly string[]): string {
  const free = palette.find((color) => !used.includes(color.toLowerCase()))
  return free ?? palette[used.length % palette.length] ?? '#2f80ed'
}
