import { readRoadmap, readStrategy, readStrategyDoc, type StrategyDoc, type StrategyReport } from '@cxmap/shared'
import { useMemo } from 'react'
import { useRoadmapBoard, useRoadmapJourney } from '../roadmap/RoadmapContext'

/** The strategy as the page shows it: the report of its ten parts and the doc it was read from. */
export interface StrategyView {
  report: StrategyReport
  strategy: StrategyDoc
}

/**
 * The board's strategy report, re-read when anything on the board changes, at most every `JOURNEY_REFRESH_MS`: the
 * journey snapshot it rides on is rebuilt (batched) on every doc update, the strategy map's included.
 */
export function useStrategyReport(locale: 'en' | 'ru'): StrategyView {
  const { doc, departments } = useRoadmapBoard()
  const { journey } = useRoadmapJourney()
  return useMemo(() => {
    const strategy = readStrategyDoc(doc)
    const report = readStrategy({ journey, roadmap: readRoadmap(doc), departments, strategy, locale })
    return { report, strategy }
  }, [doc, journey, departments, locale])
}
