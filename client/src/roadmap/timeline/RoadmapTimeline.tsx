import { useMemo, useRef, useState } from 'react'
import { useRoadmapT } from '../i18n'
import { useRoadmap, useRoadmapBoard } from '../RoadmapContext'
import { TimelineBackdrop } from './TimelineBackdrop'
import { TimelineBar } from './TimelineBar'
import { TimelineLegend } from './TimelineLegend'
import { TimelineLinks } from './TimelineLinks'
import { buildTimelineLayout, quarterOf } from './timelineModel'
import { useBarBoxes } from './useBarBoxes'
import { useTimelineDrop } from './useTimelineDrop'
import './timeline.css'

/** The width of a quarter column at its narrowest, in pixels. */
const MIN_COLUMN_PX = 216

/** The initiatives by quarter and wave, with dependency arrows; editors drag an initiative to change its horizon. */
export function RoadmapTimeline() {
  const t = useRoadmapT()
  const { doc, canEdit } = useRoadmapBoard()
  const { roadmap, byId } = useRoadmap()
  const [current] = useState(() => quarterOf(new Date()))
  const layout = useMemo(() => buildTimelineLayout(roadmap.initiatives, current), [roadmap.initiatives, current])
  const gridRef = useRef<HTMLDivElement>(null)
  const boxes = useBarBoxes(gridRef, layout)
  const drop = useTimelineDrop(doc, gridRef, layout.columns, byId)
  const [activeId, setActiveId] = useState<string | null>(null)

  const bandOf = new Map(layout.bands.map((band) => [band.wave, band]))
  const rowCount = layout.bands.reduce((sum, band) => sum + band.rowCount, 0)
  return (
    <div className="rm-tl" data-testid="roadmap-timeline">
      <TimelineLegend canEdit={canEdit} backwardsCount={layout.links.filter((link) => link.isBackwards).length} />
      <div
        ref={gridRef}
        className="rm-tl__grid"
        role="group"
        aria-label={t('timeline.label')}
        style={{
          gridTemplateColumns: `var(--rm-tl-label-width) repeat(${layout.columns.length}, minmax(${MIN_COLUMN_PX}px, 1fr))`,
          gridTemplateRows: `auto repeat(${rowCount}, auto)`,
        }}
        onDragOver={canEdit ? drop.handleDragOver : undefined}
        onDrop={canEdit ? drop.handleDrop : undefined}
        onDragLeave={canEdit ? drop.handleDragLeave : undefined}
      >
        <TimelineBackdrop
          columns={layout.columns}
          bands={layout.bands}
          rowCount={rowCount}
          current={current}
          dropColumn={drop.dropColumn}
        />
        <TimelineLinks links={layout.links} boxes={boxes} byId={byId} activeId={drop.draggedId ? null : activeId} />
        {layout.placements.map((placement) => {
          const initiative = byId.get(placement.id)
          const band = bandOf.get(placement.wave)
          if (!initiative || !band) return null
          return (
            <div
              key={placement.id}
              className="rm-tl__cell"
              style={{ gridRow: band.firstRow + placement.row + 2, gridColumn: placement.column + 2 }}
            >
              <TimelineBar
                initiative={initiative}
                canDrag={canEdit}
                isDragged={drop.draggedId === placement.id}
                onDragStart={drop.startDrag}
                onDragEnd={drop.endDrag}
                onActive={setActiveId}
              />
            </div>
          )
        })}
      </div>
    </div>
  )
}
