import { truncateToWidth, wrapText, type MeasureWidth } from '../cards/cardSvgLayout'

/*
 * Pure layout maths of a persona card drawn as SVG (its export, see personaCardSvg.tsx). Sizes follow
 * personaCard.css, in page units.
 */

/** Padding inside the card's 2 px border. */
export const PERSONA_SVG_PAD = 14
/** Height of the coloured header that holds the avatar, the name and the segment. */
export const PERSONA_SVG_HEADER_H = 76
/** Avatar diameter. */
export const PERSONA_SVG_AVATAR = 52
/** Font sizes and line heights. */
export const PERSONA_SVG_FONT = { name: 19, segment: 13, label: 11, text: 14, moves: 12 } as const
const LABEL_LINE_H = 15
const TEXT_LINE_H = 19
const SECTION_GAP = 8
const MOVES_H = 30
const MAX_SECTION_LINES = 3

/** One labelled field as placed: its label's baseline row and its wrapped lines (each with its middle y). */
export interface PersonaSvgSection {
  label: string
  labelY: number
  lines: { text: string; y: number }[]
}

/** A persona card's SVG layout: the header's texts, the fields that fit, and the "moves to" line if any. */
export interface PersonaSvgLayout {
  /** The name on one or two lines. */
  name: string[]
  segment: string
  sections: PersonaSvgSection[]
  moves: { text: string; y: number } | null
}

/** What the layout reads: the texts already translated, the measurers of each font. */
export interface PersonaSvgInput {
  name: string
  segment: string
  /** Label and text of each field, in order; empty texts are left out. */
  fields: { label: string; text: string }[]
  /** The "moves to" line ('' when the persona moves nowhere). */
  moves: string
  measure: { name: MeasureWidth; segment: MeasureWidth; label: MeasureWidth; text: MeasureWidth; moves: MeasureWidth }
}

/** Lays a persona card of `w`×`h` out: the name on up to two lines, fields added while they fit, each cut to three. */
export function layoutPersonaSvg(input: PersonaSvgInput, w: number, h: number): PersonaSvgLayout {
  const textX = PERSONA_SVG_PAD + PERSONA_SVG_AVATAR + 12
  const titleW = Math.max(0, w - textX - PERSONA_SVG_PAD)
  const innerW = Math.max(0, w - 2 * PERSONA_SVG_PAD)
  const bottom = h - (input.moves ? MOVES_H : 0) - 6
  const sections: PersonaSvgSection[] = []
  let y = PERSONA_SVG_HEADER_H + 10
  for (const field of input.fields) {
    if (field.text.trim() === '') continue
    const room = Math.floor((bottom - y - LABEL_LINE_H) / TEXT_LINE_H)
    if (room < 1) break
    const wrapped = wrapText(field.text.trim(), innerW, input.measure.text, Math.min(MAX_SECTION_LINES, room))
    const labelY = y + LABEL_LINE_H / 2
    const lines = wrapped.map((text, i) => ({ text, y: y + LABEL_LINE_H + i * TEXT_LINE_H + TEXT_LINE_H / 2 }))
    sections.push({
      label: truncateToWidth(field.label.toLocaleUpperCase(), innerW, input.measure.label),
      labelY,
      lines,
    })
    y += LABEL_LINE_H + wrapped.length * TEXT_LINE_H + SECTION_GAP
  }
  return {
    name: wrapText(input.name, titleW, input.measure.name, 2),
    segment: truncateToWidth(input.segment, titleW, input.measure.segment),
    sections,
    moves: input.moves ? { text: truncateToWidth(input.moves, innerW, input.measure.moves), y: h - MOVES_H / 2 } : null,
  }
}
