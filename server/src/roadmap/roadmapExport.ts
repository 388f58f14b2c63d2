import { readDocJourney, readRoadmap, readStrategyDoc, type Journey, type Roadmap } from '@cxmap/shared'
import { readBoardDoc, type LiveDocSource } from '../journey/journeyExport.ts'

/** A board's roadmap with the journey its sources and owners are resolved against. */
export interface BoardRoadmap {
  roadmap: Roadmap
  journey: Journey
  /** Stakeholder names by id (the strategy's matrix), for the initiatives' `stakeholderIds`. */
  stakeholderNames: Map<string, string>
}

/** The board's roadmap and journey as they are now, read from one snapshot (live room, else storage). */
export function loadBoardRoadmap(source: LiveDocSource, boardId: string): Promise<BoardRoadmap> {
  return readBoardDoc(source, boardId, 'board', (doc) => {
    const stakeholderNames = new Map(readStrategyDoc(doc).stakeholders.map((s) => [s.id, s.name]))
    return { roadmap: readRoadmap(doc), journey: readDocJourney(doc), stakeholderNames }
  })
}
