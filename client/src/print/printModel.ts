import {
  PRINT_SECTIONS,
  getTemplateTexts,
  resolveSources,
  summarizeEffects,
  type Department,
  type EffectSummary,
  type Journey,
  type JourneyGridOut,
  type PrintSection,
  type ResolvedSource,
  type Roadmap,
  type StrategyReport,
} from '@cxmap/shared'
import { readGridOpportunity } from '../journey/monetisation/gridOpportunity'

/** Everything the print view prints, read once from the board's docs after they synced. */
export interface PrintData {
  title: string
  journey: Journey
  roadmap: Roadmap
  sources: Record<string, ResolvedSource[]>
  effects: EffectSummary[]
  /** Shapes on the canvas (the whole-board page is empty without any). */
  shapeCount: number
  /** The CX strategy's ten parts, when read (the strategy section is empty without it). */
  strategy: StrategyReport | null
}

/** One section of the document as laid out: its number, the text marker on its heading, and whether it has content. */
export interface SectionEntry {
  id: PrintSection
  /** 1-based, in document order. */
  number: number
  /** Unique text on the section's heading that PDF text extraction finds (the server's table of contents pass). */
  marker: string
  isEmpty: boolean
}

/** A person who wrote cards on the journey, with the departments their cards carry. */
export interface Participant {
  name: string
  departments: string[]
  cards: number
}

/** A grid of the communications map and the lanes of it to print. */
export interface CommunicationGrid {
  grid: JourneyGridOut
  laneIds: string[]
}

/** Builds the print data from what the board's docs hold. */
export function buildPrintData(
  title: string,
  journey: Journey,
  roadmap: Roadmap,
  shapeCount: number,
  strategy: StrategyReport | null = null,
): PrintData {
  return {
    title,
    journey,
    roadmap,
    sources: resolveSources(roadmap, journey),
    effects: summarizeEffects(roadmap),
    shapeCount,
    strategy,
  }
}

/**
 * The sections asked for that have something to print, in document order, numbered, with their markers (`§1`, `§2`…).
 * A section with nothing to show is left out (the cover says what the board holds), and so are the contents when no
 * section follows them. Only when nothing at all would be printed are the sections asked for kept, each saying it is
 * empty, so that the document is never blank.
 */
export function assembleSections(sections: readonly PrintSection[], data: PrintData): SectionEntry[] {
  const asked = PRINT_SECTIONS.filter((id) => sections.includes(id))
  const filled = asked.filter((id) => id === 'cover' || id === 'contents' || !isSectionEmpty(id, data))
  const kept = filled.filter((id) => id !== 'contents' || filled.some((other) => other !== 'cover' && other !== id))
  return (kept.length > 0 ? kept : asked).map((id, index) => ({
    id,
    number: index + 1,
    marker: `§${index + 1}`,
    isEmpty: isSectionEmpty(id, data),
  }))
}

/** Whether a section has nothing to print (it is then left out of the document). */
export function isSectionEmpty(id: PrintSection, data: PrintData): boolean {
  switch (id) {
    case 'cover':
    case 'contents':
      return false
    case 'board':
      return data.shapeCount === 0
    case 'grids':
      return data.journey.grids.length === 0
    case 'journey':
      return data.journey.grids.length === 0 && data.journey.freeCards.length === 0
    case 'heatmap':
      return data.journey.grids.every((grid) => grid.heat.max === 0 && !readGridOpportunity(grid).hasAny)
    case 'communications':
      return findCommunicationGrids(data.journey).length === 0
    case 'roadmap':
      return data.roadmap.initiatives.length === 0
    case 'strategy':
      return !data.strategy || data.strategy.parts.every((part) => part.status === 'missing')
  }
}

/** Every card of the journey, grids first (cell by cell), then the free cards. */
export function listCards(journey: Journey) {
  return [...journey.grids.flatMap((grid) => grid.cells.flatMap((cell) => cell.cards)), ...journey.freeCards]
}

/** The cards' authors, with the departments of their cards, by number of cards then name. */
export function collectParticipants(journey: Journey): Participant[] {
  const byName = new Map<string, Participant>()
  for (const card of listCards(journey)) {
    const name = card.authorName.trim()
    if (!name) continue
    const person = byName.get(name) ?? { name, departments: [], cards: 0 }
    person.cards += 1
    if (card.departmentName && !person.departments.includes(card.departmentName)) {
      person.departments.push(card.departmentName)
    }
    byName.set(name, person)
  }
  return [...byName.values()].sort((a, b) => b.cards - a.cards || a.name.localeCompare(b.name))
}

/** The departments that appear on the board: every department of the board, in its order. */
export function listDepartments(journey: Journey): Department[] {
  return journey.departments
}

const COMMUNICATION_KINDS = new Set(['channel', 'message'])

/**
 * The communications map: a grid made from the communications template (its title starts with the template's name in
 * either language) is printed whole; any other grid contributes its channel and message lanes.
 */
export function findCommunicationGrids(journey: Journey): CommunicationGrid[] {
  const templateNames = (['en', 'ru'] as const).map((locale) => getTemplateTexts(locale).names.communications)
  const out: CommunicationGrid[] = []
  for (const grid of journey.grids) {
    const isTemplate = templateNames.some((name) => grid.title.trim().startsWith(name))
    const lanes = isTemplate ? grid.lanes : grid.lanes.filter((lane) => COMMUNICATION_KINDS.has(lane.cardKind))
    if (lanes.length > 0) out.push({ grid, laneIds: lanes.map((lane) => lane.id) })
  }
  return out
}

/** The cards of one cell of a grid. */
export function getCellCards(grid: JourneyGridOut, stageId: string, laneId: string) {
  return grid.cells.find((cell) => cell.stageId === stageId && cell.laneId === laneId)?.cards ?? []
}

/** The heat of one cell of a grid. */
export function getCellHeatOf(grid: JourneyGridOut, stageId: string, laneId: string): number {
  return grid.cells.find((cell) => cell.stageId === stageId && cell.laneId === laneId)?.heat ?? 0
}
