import type { JourneyLane } from '@cxmap/shared'
import { KindIcon } from '../cards/KindIcon.tsx'
import { CARD_LOOKS } from '../cards/cardLook.ts'
import { useCardsT } from '../i18n/index.ts'
import { useBoardDepartments } from '../departments/DepartmentsContext.tsx'
import { InlineTitleInput } from './InlineTitleInput.tsx'
import { useGridT } from './strings.ts'
import { fitTitle, measureTitleText } from './titleFit.ts'

// Page units (see grid.css): the header's paddings, the kind row above the title (more with the grid's controls),
// the title's line height (em) and font sizes.
const LANE_INSET_W = 26
const KIND_ROW_H = 68
const KIND_ROW_WITH_CONTROLS_H = 90
const TITLE_LINE_EM = 1.3
const TITLE_FONT = 18
const TITLE_MIN_FONT = 12

/** The title of one lane with the icon and name of the kind of card its cells collect. */
export function LaneHeader({
  lane,
  index,
  y,
  width,
  isEditingTitle,
  hasControls,
  onRename,
}: {
  lane: JourneyLane
  index: number
  y: number
  width: number
  isEditingTitle: boolean
  hasControls: boolean
  onRename: (title: string) => void
}) {
  const t = useGridT()
  const cardsT = useCardsT()
  const look = CARD_LOOKS[lane.cardKind]
  const fallback = t('untitledLane', { number: index + 1 })
  const locale = useBoardDepartments()?.locale
  // Words are hyphenated in the board's language, never cut mid-word; a word too long for the column shrinks the
  // title; what still does not fit ends in an ellipsis, with the full title as its tooltip.
  const titleHeight = lane.h - (hasControls ? KIND_ROW_WITH_CONTROLS_H : KIND_ROW_H)
  const fit = fitTitle(
    lane.title || fallback,
    {
      width: width - LANE_INSET_W,
      lines: Math.max(1, Math.floor(titleHeight / (TITLE_FONT * TITLE_LINE_EM))),
      fontSize: TITLE_FONT,
      minFontSize: TITLE_MIN_FONT,
    },
    measureTitleText,
  )
  const titleLines = Math.max(1, Math.floor(titleHeight / (fit.fontSize * TITLE_LINE_EM)))
  return (
    <div className="cx-grid__lane" lang={locale} style={{ left: 0, top: y, width, height: lane.h }}>
      <div className="cx-grid__lane-head">
        <span
          className="cx-grid__lane-icon"
          style={{ background: look.background, borderColor: look.border, color: look.accent }}
        >
          <KindIcon kind={lane.cardKind} size={16} />
        </span>
        <span className="cx-grid__lane-kind" style={{ color: look.accent }} title={cardsT(`kinds.${lane.cardKind}`)}>
          {cardsT(`kinds.${lane.cardKind}`)}
        </span>
      </div>
      {isEditingTitle ? (
        <InlineTitleInput value={lane.title} label={fallback} onCommit={onRename} />
      ) : (
        <span
          className={`cx-grid__lane-title${lane.title ? '' : ' cx-grid__lane-title--empty'}${
            fit.mustBreakWords ? ' cx-grid__title--break' : ''
          }`}
          title={lane.title || fallback}
          style={{ WebkitLineClamp: titleLines, fontSize: fit.fontSize }}
        >
          {lane.title || fallback}
        </span>
      )}
    </div>
  )
}
