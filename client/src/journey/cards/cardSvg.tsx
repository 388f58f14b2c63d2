import { SCORE_MAX, SCORE_MIN, SEVERITY_MAX, SEVERITY_MIN, type Department } from '@cxmap/shared'
import i18next from 'i18next'
import type { Editor } from 'tldraw'
import { getMoneyChipWidth, MONEY_CHIP_FONT_SIZE, MoneyChipSvg } from '../monetisation/MoneyChipSvg'
import { formatRevenueShort, MONETISED_KINDS } from '../monetisation/revenue'
import { translateCards } from '../i18n'
import { CARD_LOOKS, SCORE_COLORS, SEVERITY_COLORS, getReadableTextColor } from './cardLook'
import type { JourneyCardShape } from './cardShape'
import {
  CARD_CHIP_FONT_SIZE,
  CARD_CHIP_H,
  CARD_CHIP_PADDING_X,
  CARD_FONT_FAMILY,
  CARD_KIND_FONT_SIZE,
  CARD_TEXT_FONT_SIZE,
  CARD_TEXT_LINE_H,
  layoutCardRows,
  truncateToWidth,
  wrapText,
  type MeasureWidth,
} from './cardSvgLayout'
import { KindIcon } from './KindIcon'

const TEXT_COLOR = '#1f2328'
const MUTED_COLOR = '#5f6874'

// The board's departments per editor, as the canvas last saw them (set by the card component inside the
// DepartmentsProvider): an SVG export renders in its own React root, outside that provider.
const departmentsByEditor = new WeakMap<Editor, ReadonlyMap<string, Department>>()

/** Tells the cards' SVG export of this editor the board's departments (their names and colours). */
export function setCardSvgDepartments(editor: Editor, byId: ReadonlyMap<string, Department> | null): void {
  if (byId) departmentsByEditor.set(editor, byId)
  else departmentsByEditor.delete(editor)
}

let measureContext: CanvasRenderingContext2D | null | undefined

/** A width measurer for a CSS font (canvas text metrics: one call costs microseconds, no layout). */
export function createCanvasMeasure(font: string): MeasureWidth {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d')
  const context = measureContext
  // Without a canvas (never in a browser): a rough average glyph width.
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16)
  if (!context) return (text) => text.length * size * 0.55
  const cache = new Map<string, number>()
  return (text) => {
    let width = cache.get(text)
    if (width === undefined) {
      context.font = font
      width = context.measureText(text).width
      cache.set(text, width)
    }
    return width
  }
}

function fontOf(size: number, weight: number, style = 'normal'): string {
  return `${style} ${weight} ${size}px ${CARD_FONT_FAMILY}`
}

const measures = new Map<string, MeasureWidth>()
/** A cached width measurer of the cards' font at a size, weight and style (and CSS letter spacing). */
export function getTextMeasure(size: number, weight: number, style = 'normal', letterSpacing = 0): MeasureWidth {
  const key = `${fontOf(size, weight, style)}|${letterSpacing}`
  let measure = measures.get(key)
  if (!measure) {
    const base = createCanvasMeasure(fontOf(size, weight, style))
    measure = letterSpacing ? (text) => base(text) + [...text].length * letterSpacing : base
    measures.set(key, measure)
  }
  return measure
}

/** A journey card as native SVG (rects, paths and real text), for tldraw's SVG/PNG export and the printed board. */
export function CardSvg({ shape, editor }: { shape: JourneyCardShape; editor: Editor }) {
  const { kind, w, h, text, departmentId, authorName, severity, score } = shape.props
  const look = CARD_LOOKS[kind]
  const rows = layoutCardRows(w, h)
  const kindName = translateCards(`kinds.${kind}`).toLocaleUpperCase()
  const department = departmentsByEditor.get(editor)?.get(departmentId)

  // Header: icon, kind name, then the severity pips, the score faces or the revenue estimate at the right.
  const revenue = MONETISED_KINDS.includes(kind) ? shape.props.revenue : 0
  const moneyLabel = revenue > 0 ? formatRevenueShort(revenue, i18next.language || 'en') : ''
  const measureMoney = getTextMeasure(MONEY_CHIP_FONT_SIZE, 600)
  const moneyW = moneyLabel ? getMoneyChipWidth(moneyLabel, measureMoney) + 8 : 0
  const controlsW = kind === 'barrier' ? 5 * 12 + 8 : kind === 'feeling' ? 5 * 16 + 8 : moneyW
  const kindLetterSpacing = CARD_KIND_FONT_SIZE * 0.02
  const kindText = truncateToWidth(
    kindName,
    Math.max(0, rows.header.w - 19 - controlsW),
    getTextMeasure(CARD_KIND_FONT_SIZE, 700, 'normal', kindLetterSpacing),
  )
  const headerMid = rows.header.y + rows.header.h / 2

  // Text: wrapped to the width, cut (with an ellipsis) where the footer starts.
  const measureText = getTextMeasure(CARD_TEXT_FONT_SIZE, 400)
  const lines = text ? wrapText(text, rows.text.w, measureText, rows.text.maxLines) : []

  // Footer: the department chip at the left (at most 65 % of the row), the author at the right.
  const chipName = department?.name ?? translateCards(departmentId ? 'card.unknownDepartment' : 'card.noDepartment')
  const measureChip = getTextMeasure(CARD_CHIP_FONT_SIZE, 600)
  const chipText = truncateToWidth(chipName, rows.footer.w * 0.65 - 2 * CARD_CHIP_PADDING_X, measureChip)
  const chipW = Math.min(rows.footer.w * 0.65, measureChip(chipText) + 2 * CARD_CHIP_PADDING_X)
  const measureAuthor = getTextMeasure(12, 400)
  const authorText = authorName
    ? truncateToWidth(authorName, Math.max(0, rows.footer.w - chipW - 6), measureAuthor)
    : ''
  const footerMid = rows.footer.y + CARD_CHIP_H / 2

  return (
    <g fontFamily={CARD_FONT_FAMILY}>
      <rect
        x={0.5}
        y={0.5}
        width={Math.max(0, w - 1)}
        height={Math.max(0, h - 1)}
        rx={10}
        fill={look.background}
        stroke={look.border}
        strokeWidth={1}
      />
      <g transform={`translate(${rows.header.x}, ${headerMid - 7})`} color={look.accent}>
        <KindIcon kind={kind} size={14} />
      </g>
      <text
        x={rows.header.x + 19}
        y={headerMid}
        dominantBaseline="central"
        fill={look.accent}
        fontSize={CARD_KIND_FONT_SIZE}
        fontWeight={700}
        letterSpacing={kindLetterSpacing}
      >
        {kindText}
      </text>
      {kind === 'barrier' && (
        <g>
          {Array.from({ length: SEVERITY_MAX - SEVERITY_MIN + 1 }, (_, i) => (
            <circle
              key={i}
              cx={rows.header.x + rows.header.w - (SEVERITY_MAX - SEVERITY_MIN - i) * 12 - 6}
              cy={headerMid}
              r={4.75}
              fill={SEVERITY_MIN + i <= severity ? SEVERITY_COLORS[severity - 1] : '#ffffff'}
              stroke="rgba(201, 42, 42, 0.45)"
              strokeWidth={1.5}
            />
          ))}
        </g>
      )}
      {kind === 'feeling' &&
        Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => {
          const value = SCORE_MIN + i
          const x = rows.header.x + rows.header.w - (SCORE_MAX - SCORE_MIN - i) * 16 - 14
          return <FaceSvg key={value} x={x} y={headerMid - 7} score={value} isOn={value === score} />
        })}
      {moneyLabel && (
        <MoneyChipSvg right={rows.header.x + rows.header.w} y={headerMid} label={moneyLabel} measure={measureMoney} />
      )}
      {lines.length > 0 && (
        <text fill={TEXT_COLOR} fontSize={CARD_TEXT_FONT_SIZE}>
          {lines.map((line, index) => (
            <tspan
              key={index}
              x={rows.text.x}
              y={rows.text.y + index * CARD_TEXT_LINE_H + CARD_TEXT_LINE_H / 2}
              dominantBaseline="central"
            >
              {line || '\u00a0'}
            </tspan>
          ))}
        </text>
      )}
      <rect
        x={rows.footer.x + (department ? 0 : 0.5)}
        y={rows.footer.y + (department ? 0 : 0.5)}
        width={department ? chipW : chipW - 1}
        height={department ? CARD_CHIP_H : CARD_CHIP_H - 1}
        rx={CARD_CHIP_H / 2}
        fill={department ? department.color : 'rgba(255, 255, 255, 0.6)'}
        stroke={department ? 'none' : 'rgba(31, 35, 40, 0.3)'}
        strokeDasharray={department ? undefined : '3 2'}
      />
      <text
        x={rows.footer.x + CARD_CHIP_PADDING_X}
        y={footerMid}
        dominantBaseline="central"
        fill={department ? getReadableTextColor(department.color) : MUTED_COLOR}
        fontSize={CARD_CHIP_FONT_SIZE}
        fontWeight={600}
      >
        {chipText}
      </text>
      {authorText && (
        <text
          x={rows.footer.x + rows.footer.w}
          y={footerMid}
          dominantBaseline="central"
          textAnchor="end"
          fill={MUTED_COLOR}
          fontSize={12}
        >
          {authorText}
        </text>
      )}
    </g>
  )
}

/** One score face as on the card (see CardControls' FaceIcon), 14 px. */
function FaceSvg({ x, y, score, isOn }: { x: number; y: number; score: number; isOn: boolean }) {
  const color = isOn ? SCORE_COLORS[score - SCORE_MIN] : '#adb5bd'
  const bend = score * 2.6
  return (
    <g transform={`translate(${x}, ${y}) scale(0.7)`} opacity={isOn ? 1 : 0.55}>
      <circle cx="10" cy="10" r="8.6" fill={isOn ? color : 'none'} stroke={color} strokeWidth="1.6" />
      <circle cx="7" cy="8" r="1.2" fill={isOn ? '#fff' : color} />
      <circle cx="13" cy="8" r="1.2" fill={isOn ? '#fff' : color} />
      <path
        d={`M6 ${13 - bend / 4} Q10 ${13 + bend} 14 ${13 - bend / 4}`}
        fill="none"
        stroke={isOn ? '#fff' : color}
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </g>
  )
}
