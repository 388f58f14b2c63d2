import type { JourneyLane } from '@cxmap/shared'
import { KindIcon } from '../cards/KindIcon.tsx'
import { CARD_LOOKS } from '../cards/cardLook.ts'
import { useCardsT } from '../i18n/index.ts'
import { InlineTitleInput } from './InlineTitleInput.tsx'
import { useGridT } from './strings.ts'

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
  return (
    <div className="cx-grid__lane" style={{ left: 0, top: y, width, height: lane.h }}>
      <div className="cx-grid__lane-head">
        <span
          className="cx-grid__lane-icon"
          style={{ background: look.background, borderColor: look.border, color: look.accent }}
        >
          <KindIcon kind={lane.cardKind} size={16} />
        </span>
        <span className="cx-grid__lane-kind" style={{ color: look.accent }}>
          {cardsT(`kinds.${lane.cardKind}`)}
        </span>
      </div>
      {isEditingTitle ? (
        <InlineTitleInput value={lane.title} label={fallback} onCommit={onRename} />
      ) : (
        <span
          className={`cx-grid__lane-title${lane.title ? '' : ' cx-grid__lane-title--empty'}`}
          title={lane.title || fallback}
          style={{ WebkitLineClamp: Math.max(1, Math.floor((lane.h - (hasControls ? 90 : 60)) / 24)) }}
        >
          {lane.title || fallback}
        </span>
      )}
    </div>
  )
}
