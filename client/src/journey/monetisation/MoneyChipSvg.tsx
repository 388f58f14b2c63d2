import type { MeasureWidth } from '../cards/cardSvgLayout'

/** Font size of the revenue chip in a card's SVG header. */
export const MONEY_CHIP_FONT_SIZE = 11
const CHIP_H = 16
const CHIP_PAD_X = 6
const ICON_W = 12

/** The width of the revenue chip for `label` (padding, coin, text). */
export function getMoneyChipWidth(label: string, measure: MeasureWidth): number {
  return 2 * CHIP_PAD_X + ICON_W + measure(label)
}

/** A card's revenue estimate as a chip in its SVG header (the export and the printed board), its right edge at `right`. */
export function MoneyChipSvg({
  right,
  y,
  label,
  measure,
}: {
  right: number
  y: number
  label: string
  measure: MeasureWidth
}) {
  const width = getMoneyChipWidth(label, measure)
  const x = right - width
  return (
    <g>
      <rect x={x} y={y - CHIP_H / 2} width={width} height={CHIP_H} rx={CHIP_H / 2} fill="#ebfbee" stroke="#8ce99a" />
      <g
        transform={`translate(${x + CHIP_PAD_X - 1}, ${y - 5}) scale(0.42)`}
        fill="none"
        stroke="#1b6e34"
        strokeWidth={2.4}
      >
        <ellipse cx="12" cy="7" rx="7" ry="3" />
        <path d="M5 7v5c0 1.7 3.1 3 7 3s7-1.3 7-3V7" />
        <path d="M5 12v5c0 1.7 3.1 3 7 3s7-1.3 7-3v-5" />
      </g>
      <text
        x={x + CHIP_PAD_X + ICON_W}
        y={y}
        dominantBaseline="central"
        fill="#1b6e34"
        fontSize={MONEY_CHIP_FONT_SIZE}
        fontWeight={600}
      >
        {label}
      </text>
    </g>
  )
}
