import { readRoadmap, readStrategy, readStrategyDoc, type StrategyReport } from '@cxmap/shared'
import { useMemo } from 'react'
import { useRoadmapBoard, useRoadmapJourney } from '../roadmap/RoadmapContext'

/**
 * The board's strategy report, re-read when anything on the board changes, at most every `JOURNEY_REFRESH_MS`: the
 * journey snapshot it rides on is rebuilt (batched) on every doc update, the strategy map's included.
 */
export function useStrategyReport(locale: 'en' | 'ru'): StrategyReport {
  const { doc, departments } = useRoadmapBoard()
  const { journey } = useRoadmapJourney()
  return useMemo(
    () => readStrategy({ journey, roadmap: readRoadmap(doc), departments, strategy: readStrategyDoc(doc), locale }),
    [doc, journey, departments, locale],
  )
}
