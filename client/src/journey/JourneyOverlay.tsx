import { DepartmentsPanel } from './departments/DepartmentsPanel'
import { CellAddButton } from './grid/CellAddButton'
import { HeatMapLegend } from './grid/HeatMapLegend'
import { JourneyPalette } from './JourneyPalette'
import './palette.css'

/** The journey's controls over the canvas (rendered inside <Tldraw>, so they reach the editor). */
export function JourneyOverlay() {
  return (
    <>
      <JourneyPalette />
      <CellAddButton />
      <DepartmentsPanel />
      <div className="cx-legend-slot">
        <HeatMapLegend />
      </div>
    </>
  )
}
