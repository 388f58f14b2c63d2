import { getGridHeight, getGridWidth, getLaneOffsets, getStageOffsets, type StageMetric } from '@cxmap/shared'
import i18next from 'i18next'
import type { Editor } from 'tldraw'
import { KindIcon } from '../cards/KindIcon.tsx'
import { CARD_LOOKS } from '../cards/cardLook.ts'
import { getTextMeasure } from '../cards/cardSvg.tsx'
import { CARD_FONT_FAMILY, truncateToWidth, wrapText } from '../cards/cardSvgLayout.ts'
import { translateCards } from '../i18n/index.ts'
import { EmotionCurves } from './EmotionCurve.tsx'
import { getGridStats } from './gridDerived.ts'
import { GRID_TITLE_BAR_H } from './gridLayout.ts'
import { formatMetricValue, getMetricName } from './metricForm.ts'
import type { JourneyGridShape } from './gridProps.ts'
import { translateGrid } from './strings.ts'

// Colours of grid.css.
const LINE = '#dfe3ea'
const LINE_STRONG = '#c9d0db'
const HEADER_BG = '#f3f5f9'
const LANE_BG = '#f8f9fb'
const TEXT = '#1f2937'
const MUTED = '#6b7280'
const PROMPT = '#9aa3b2'

const STAGE_TITLE = { size: 19, weight: 650, lineH: 23.75 }
const LANE_TITLE = { size: 18, weight: 650, lineH: 23.4 }
const PROMPT_TEXT = { size: 16, lineH: 21.6 }
const CHIP_H = 24

/** Lines of a title: wrapped to the width, at most `maxLines`, in italics and muted when it is the fallback. */
function TextLines({
  x,
  y,
  lines,
  lineH,
  size,
  weight,
  fill,
  isItalic = false,
}: {
  x: number
  y: number
  lines: string[]
  lineH: number
  size: number
  weight: number
  fill: string
  isItalic?: boolean
}) {
  if (lines.length === 0) return null
  return (
    <text fill={fill} fontSize={size} fontWeight={weight} fontStyle={isItalic ? 'italic' : undefined}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} y={y + index * lineH + lineH / 2} dominantBaseline="central">
          {line || '\u00a0'}
        </tspan>
      ))}
    </text>
  )
}

function formatValue(value: number | null): string {
  return formatMetricValue(value, i18next.language)
}

/** The metric chips of a stage in one row, as many as fit. */
function MetricChips({ metrics, x, y, width }: { metrics: StageMetric[]; x: number; y: number; width: number }) {
  const measureName = getTextMeasure(14, 700)
  const measureValues = getTextMeasure(14, 400)
  const measureTarget = getTextMeasure(14, 600)
  const chips: {
    x: number
    w: number
    name: string
    current: string
    target: string
    nameW: number
    currentW: number
  }[] = []
  let left = x
  for (const metric of metrics) {
    const current = `${formatValue(metric.current)} → `
    const target = formatValue(metric.target)
    const currentW = measureValues(current)
    const valuesW = currentW + measureTarget(target)
    const room = x + width - left
    const name = truncateToWidth(getMetricName(metric), Math.max(0, room - 16 - 5 - valuesW), measureName)
    const w = 16 + measureName(name) + 5 + valuesW + 2
    if (!name || w > room) break
    chips.push({ x: left, w, name, current, target, nameW: measureName(name), currentW })
    left += w + 6
  }
  return chips.map((chip, index) => (
    <g key={index}>
      <rect
        x={chip.x + 0.5}
        y={y + 0.5}
        width={chip.w - 1}
        height={CHIP_H - 1}
        rx={(CHIP_H - 1) / 2}
        fill="#ffffff"
        stroke="#d5dce7"
      />
      <text y={y + CHIP_H / 2} dominantBaseline="central" fontSize={14}>
        <tspan x={chip.x + 9} fill="#334155" fontWeight={700}>
          {chip.name}
        </tspan>
        <tspan x={chip.x + 9 + chip.nameW + 5} fill={MUTED}>
          {chip.current}
        </tspan>
        <tspan x={chip.x + 9 + chip.nameW + 5 + chip.currentW} fill="#15803d" fontWeight={600}>
          {chip.target}
        </tspan>
      </text>
    </g>
  ))
}

/**
 * The grid as native SVG for tldraw's SVG/PNG export and the printed board: title bar, frame, stage and lane
 * headers with their titles, cell borders, the lanes' prompts in empty cells and the emotion curves.
 */
export function GridSvg({ shape, editor }: { shape: JourneyGridShape; editor: Editor }) {
  const { props } = shape
  const width = getGridWidth(props)
  const height = getGridHeight(props)
  const stageOffsets = getStageOffsets(props)
  const laneOffsets = getLaneOffsets(props)
  const stats = getGridStats(editor, shape)
  const r = 10
  const t = GRID_TITLE_BAR_H
  const framePath = `M0.75 0.75 H${width - 0.75} V${height - r} Q${width - 0.75} ${height - 0.75} ${width - r} ${height - 0.75} H${r} Q0.75 ${height - 0.75} 0.75 ${height - r} Z`

  const measureTitle = getTextMeasure(22, 700, props.title ? 'normal' : 'italic')
  const summary = translateGrid('summary', { stages: props.stages.length, lanes: props.lanes.length })
  const summaryW = getTextMeasure(15, 400)(summary)
  const title = truncateToWidth(props.title || translateGrid('untitledGrid'), width - 32 - 14 - summaryW, measureTitle)

  return (
    <g fontFamily={CARD_FONT_FAMILY}>
      {/* Title bar above the grid, rounded at the top; the frame below it, rounded at the bottom. */}
      <path
        d={`M0.75 0 V${-t + r} Q0.75 ${-t + 0.75} ${r} ${-t + 0.75} H${width - r} Q${width - 0.75} ${-t + 0.75} ${width - 0.75} ${-t + r} V0`}
        fill="#e9edf3"
        stroke={LINE_STRONG}
        strokeWidth={1.5}
      />
      <text
        x={16}
        y={-t / 2}
        dominantBaseline="central"
        fontSize={22}
        fontWeight={700}
        fill={props.title ? TEXT : MUTED}
        fontStyle={props.title ? undefined : 'italic'}
      >
        {title}
      </text>
      <text x={width - 16} y={-t / 2} dominantBaseline="central" textAnchor="end" fontSize={15} fill={MUTED}>
        {summary}
      </text>
      <path d={framePath} fill="#ffffff" />

      {/* Cells: right and bottom borders, the lane's prompt when the cell has no card. */}
      {props.lanes.map((lane, laneIndex) =>
        props.stages.map((stage, stageIndex) => {
          const x = stageOffsets[stageIndex] ?? 0
          const y = laneOffsets[laneIndex] ?? 0
          const isEmpty = (stats.counts[laneIndex]?.[stageIndex] ?? 0) === 0
          const promptLines =
            isEmpty && lane.prompt
              ? wrapText(
                  lane.prompt,
                  stage.w - 28,
                  getTextMeasure(PROMPT_TEXT.size, 400, 'italic'),
                  Math.floor((lane.h - 24) / PROMPT_TEXT.lineH),
                )
              : []
          return (
            <g key={`${lane.id}:${stage.id}`}>
              <path
                d={`M${x + stage.w - 0.5} ${y} V${y + lane.h - 0.5} H${x}`}
                fill="none"
                stroke={LINE}
                strokeWidth={1}
              />
              <TextLines
                x={x + 14}
                y={y + 12}
                lines={promptLines}
                lineH={PROMPT_TEXT.lineH}
                size={PROMPT_TEXT.size}
                weight={400}
                fill={PROMPT}
                isItalic
              />
            </g>
          )
        }),
      )}

      {/* The corner, then the stage headers: number, title (up to the lines that fit), metric chips. */}
      <HeaderBox x={0} y={0} w={props.headerW} h={props.headerH} fill={HEADER_BG} bottom={LINE_STRONG} />
      {props.stages.map((stage, index) => {
        const x = stageOffsets[index] ?? 0
        // A picture for readers (exports, the PDF): a metric with neither value set says nothing, and its room is the
        // title's.
        const metrics = stage.metrics.filter((metric) => metric.current !== null || metric.target !== null)
        const hasChips = metrics.length > 0
        const maxLines = Math.max(1, Math.floor((props.headerH - 18 - (hasChips ? 30 : 0)) / 24))
        const text = stage.title || translateGrid('untitledStage', { number: index + 1 })
        const measure = getTextMeasure(STAGE_TITLE.size, STAGE_TITLE.weight, stage.title ? 'normal' : 'italic')
        const lines = wrapText(text, Math.max(0, stage.w - 14 - 12 - 36), measure, maxLines)
        const headH = Math.max(26, lines.length * STAGE_TITLE.lineH)
        return (
          <g key={stage.id}>
            <HeaderBox x={x} y={0} w={stage.w} h={props.headerH} fill={HEADER_BG} bottom={LINE_STRONG} />
            <circle cx={x + 14 + 13} cy={10 + 13} r={13} fill="#dbe3ef" />
            <text
              x={x + 14 + 13}
              y={10 + 13}
              dominantBaseline="central"
              textAnchor="middle"
              fontSize={14}
              fontWeight={700}
              fill="#334155"
            >
              {index + 1}
            </text>
            <TextLines
              x={x + 14 + 36}
              y={10}
              lines={lines}
              lineH={STAGE_TITLE.lineH}
              size={STAGE_TITLE.size}
              weight={STAGE_TITLE.weight}
              fill={stage.title ? TEXT : MUTED}
              isItalic={!stage.title}
            />
            {hasChips && 10 + headH + 6 + CHIP_H <= props.headerH && (
              <MetricChips metrics={metrics} x={x + 14} y={10 + headH + 6} width={stage.w - 26} />
            )}
          </g>
        )
      })}

      {/* Lane headers: the kind of card the lane collects (icon and name), then its title. */}
      {props.lanes.map((lane, index) => {
        const y = laneOffsets[index] ?? 0
        const look = CARD_LOOKS[lane.cardKind]
        const kindName = translateCards(`kinds.${lane.cardKind}`)
        const text = lane.title || translateGrid('untitledLane', { number: index + 1 })
        const measure = getTextMeasure(LANE_TITLE.size, LANE_TITLE.weight, lane.title ? 'normal' : 'italic')
        const maxLines = Math.max(1, Math.floor((lane.h - 60) / 24))
        const lines = wrapText(text, Math.max(0, props.headerW - 26), measure, maxLines)
        return (
          <g key={lane.id}>
            <HeaderBox x={0} y={y} w={props.headerW} h={lane.h} fill={LANE_BG} bottom={LINE} />
            <rect x={14.5} y={y + 14.5} width={25} height={25} rx={7} fill={look.background} stroke={look.border} />
            <g transform={`translate(${14 + 5}, ${y + 14 + 5})`} color={look.accent}>
              <KindIcon kind={lane.cardKind} size={16} />
            </g>
            <text
              x={14 + 26 + 8}
              y={y + 14 + 13}
              dominantBaseline="central"
              fontSize={14}
              fontWeight={600}
              fill={look.accent}
            >
              {truncateToWidth(kindName, Math.max(0, props.headerW - 14 - 12 - 34), getTextMeasure(14, 600))}
            </text>
            <TextLines
              x={14}
              y={y + 14 + 26 + 10}
              lines={lines}
              lineH={LANE_TITLE.lineH}
              size={LANE_TITLE.size}
              weight={LANE_TITLE.weight}
              fill={lane.title ? TEXT : MUTED}
              isItalic={!lane.title}
            />
          </g>
        )
      })}

      <path d={framePath} fill="none" stroke={LINE_STRONG} strokeWidth={1.5} />
      <EmotionCurves props={props} emotion={stats.emotion} width={width} height={height} stageLeft={props.headerW} />
    </g>
  )
}

/** A header cell: its background with a border at the right and at the bottom. */
function HeaderBox({
  x,
  y,
  w,
  h,
  fill,
  bottom,
}: {
  x: number
  y: number
  w: number
  h: number
  fill: string
  bottom: string
}) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} fill={fill} />
      <line x1={x + w - 0.5} y1={y} x2={x + w - 0.5} y2={y + h} stroke={LINE} strokeWidth={1} />
      <line x1={x} y1={y + h - 0.5} x2={x + w} y2={y + h - 0.5} stroke={bottom} strokeWidth={1} />
    </g>
  )
}
