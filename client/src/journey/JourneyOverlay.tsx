import { DepartmentsPanel } from './departments/DepartmentsPanel'
import { HeatMapLegend } from './grid/HeatMapLegend'
import { JourneyPalette } from './JourneyPalette'
import './palette.css'

/** The journey's controls over the canvas (rendered inside <Tldraw>, so they reach the editor). */
export function JourneyOverlay() {
  return (
    <>
      <JourneyPalette />
      <DepartmentsPanel />
      <div className="cx-legend-slot">
        <HeatMapLegend />
      </div>
    </>
  )
}
