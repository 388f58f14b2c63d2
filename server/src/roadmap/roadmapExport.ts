import { readDocJourney, readRoadmap, readStrategyDoc, type Journey, type Roadmap } from '@cxmap/shared'
import { loadBoardDoc, type BoardDocSource } from '../journey/journeyExport.ts'

/** A board's roadmap with the journey its sources and owners are resolved against. */
export interface BoardRoadmap {
  roadmap: Roadmap
  journey: Journey
  /** Stakeholder names by id (the strategy's matrix), for the initiatives' `stakeholderIds`. */
  stakeholderNames: Map<string, string>
}

/** The board's roadmap and journey as they are now, read from one snapshot (live room, else storage). */
export async function loadBoardRoadmap(source: BoardDocSource, boardId: string): Promise<BoardRoadmap> {
  const doc = await loadBoardDoc(source, boardId)
  try {
    const stakeholderNames = new Map(readStrategyDoc(doc).stakeholders.map((s) => [s.id, s.name]))
    return { roadmap: readRoadmap(doc), journey: readDocJourney(doc), stakeholderNames }
  } finally {
    doc.destroy()
  }
}
