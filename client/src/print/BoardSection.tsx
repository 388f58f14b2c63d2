import { useMemo } from 'react'
import type { BoardSvg, BoardSvgFailure } from './BoardSnapshot'
import type { PrintT } from './i18n'
import { TILE_CAPTION_PX } from './pageMetrics'
import type { SectionEntry } from './printModel'
import { Section } from './Section'

/** The whole board on one page: tldraw's SVG inlined (vector, text selectable), scaled to fit the content box. */
export function BoardSection({
  entry,
  svg,
  box,
  t,
}: {
  entry: SectionEntry
  svg: BoardSvg | BoardSvgFailure | null
  box: { width: number; height: number }
  t: PrintT
}) {
  const fitted = useMemo(
    () => (svg && !('failed' in svg) ? fitSvg(svg, box.width, box.height - TILE_CAPTION_PX) : null),
    [svg, box],
  )
  return (
    <Section entry={entry} t={t} className="print-board">
      {fitted ? (
        <div className="print-board-svg" dangerouslySetInnerHTML={{ __html: fitted }} />
      ) : (
        <p className="print-empty">{t(svg && 'failed' in svg ? 'empty.boardFailed' : 'empty.board')}</p>
      )}
    </Section>
  )
}

/** Rewrites the root `<svg>`'s width and height so it fits the box, keeping its viewBox (and so its proportions). */
export function fitSvg(svg: BoardSvg, width: number, height: number): string {
  const scale = Math.min(width / svg.width, height / svg.height)
  const w = Math.floor(svg.width * scale)
  const h = Math.floor(svg.height * scale)
  return svg.svg.replace(/<svg\b([^>]*)>/, (_match, attributes: string) => {
    const rest = attributes.replace(/\s(width|height)="[^"]*"/g, '')
    // tldraw's `tl-container` class sizes the root to its parent: an inline size wins over it.
    const style = /\sstyle="([^"]*)"/.exec(rest)?.[1] ?? ''
    const others = rest.replace(/\sstyle="[^"]*"/, '')
    return `<svg${others} width="${w}" height="${h}" style="${style}; width: ${w}px; height: ${h}px; flex: none">`
  })
}
