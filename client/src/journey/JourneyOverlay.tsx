import { DepartmentsPanel } from './departments/DepartmentsPanel'
import { CellAddButton } from './grid/CellAddButton'
import { HeatMapLegend } from './grid/HeatMapLegend'
import { JourneyPalette } from './JourneyPalette'
import { PersonasPanel } from './personas/PersonasPanel'
import './palette.css'

/** The journey's controls over the canvas (rendered inside <Tldraw>, so they reach the editor). */
export function JourneyOverlay() {
  return (
    <>
      <JourneyPalette />
      <CellAddButton />
      <DepartmentsPanel />
      <PersonasPanel />
      <div className="cx-legend-slot">
        <HeatMapLegend />
      </div>
    </>
  )
}
