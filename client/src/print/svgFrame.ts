import type { Window } from './pictureTiles'

/** Rewrites the root `<svg>`'s width and height so it fits the box, keeping its viewBox (and so its proportions). */
export function fitSvg(svg: { svg: string; width: number; height: number }, width: number, height: number): string {
  const scale = Math.min(width / svg.width, height / svg.height)
  return setSvgFrame(svg.svg, Math.floor(svg.width * scale), Math.floor(svg.height * scale))
}

/** Shows only `window` (page coordinates, as tldraw's viewBox) of an SVG, at `scale` CSS pixels per unit. */
export function cropSvg(svg: string, window: Window, scale: number): string {
  return setSvgFrame(svg, window.w * scale, window.h * scale, `${window.x} ${window.y} ${window.w} ${window.h}`)
}

function setSvgFrame(svg: string, w: number, h: number, viewBox?: string): string {
  return svg.replace(/<svg\b([^>]*)>/, (_match, attributes: string) => {
    let rest = attributes.replace(/\s(width|height)="[^"]*"/g, '')
    if (viewBox) rest = rest.replace(/\sviewBox="[^"]*"/, '') + ` viewBox="${viewBox}"`
    // tldraw's `tl-container` class sizes the root to its parent: an inline size wins over it.
    const style = /\sstyle="([^"]*)"/.exec(rest)?.[1] ?? ''
    const others = rest.replace(/\sstyle="[^"]*"/, '')
    return `<svg${others} width="${w}" height="${h}" style="${style}; width: ${w}px; height: ${h}px; flex: none">`
  })
}
