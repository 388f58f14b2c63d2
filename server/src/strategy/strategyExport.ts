import {
  readDocDepartments,
  readDocJourney,
  readRoadmap,
  readStrategy,
  readStrategyDoc,
  type Locale,
  type StrategyDoc,
  type StrategyReport,
} from '@cxmap/shared'
import { loadBoardDoc, type BoardDocSource } from '../journey/journeyExport.ts'

/** A board's strategy: the report of its ten parts and the doc it was read from. */
export interface BoardStrategy {
  report: StrategyReport
  strategy: StrategyDoc
}

/** The board's CX strategy as it is now, read from one snapshot of its doc (live room, else storage). */
export async function loadBoardStrategy(
  source: BoardDocSource,
  boardId: string,
  locale: Locale,
): Promise<BoardStrategy> {
  const doc = await loadBoardDoc(source, boardId)
  try {
    const strategy = readStrategyDoc(doc)
    const report = readStrategy({
      journey: readDocJourney(doc, { locale }),
      roadmap: readRoadmap(doc),
      departments: readDocDepartments(doc, locale),
      strategy,
      locale,
    })
    return { report, strategy }
  } finally {
    doc.destroy()
  }
}
