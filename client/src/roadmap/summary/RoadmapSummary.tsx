import { EffectSummaryTable } from './EffectSummaryTable'
import { RoadmapItemList } from './RoadmapItemList'
import './summary.css'

/** The effect summary «Оценка эффекта», the loyalty triggers and the stimuli to use the service. */
export function RoadmapSummary() {
  return (
    <div className="rm-sum">
      <EffectSummaryTable />
      <div className="rm-sum__lists">
        <RoadmapItemList list="triggers" />
        <RoadmapItemList list="stimuli" />
      </div>
    </div>
  )
}
