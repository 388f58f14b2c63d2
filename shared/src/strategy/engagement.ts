import type { Department } from '../journey/department.ts'
import type { Journey } from '../journey/format/journey.ts'
import type { InitiativeMetric, InitiativeStatus, Wave } from '../roadmap/initiative.ts'
import type { Roadmap } from '../roadmap/roadmapDoc.ts'
import { resolveSources } from '../roadmap/resolveSources.ts'
import { classifyGrid, listJourneyCards, type PlacedCardOut } from './journeyGrids.ts'

/** A card of the journey as the engagement view lists it. */
export interface EngagementCard {
  cardId: string
  text: string
  gridId: string
  gridTitle: string
  stageId: string
  stageTitle: string
  /** Barriers only: 1…5. */
  severity?: number
}

/** A barrier an initiative of the department removes (one of the initiative's barrier sources). */
export interface RemovedBarrier {
  initiativeId: string
  cardId: string
  /** The card's text now; '' when the card was removed from the board. */
  text: string
}

/** An initiative a department owns, with the metric effects it promises. */
export interface EngagementInitiative {
  id: string
  title: string
  wave: Wave
  status: InitiativeStatus
  metrics: InitiativeMetric[]
}

/** What one department contributes to the client's final impression «Вовлеченность подразделений». */
export interface DepartmentEngagement {
  departmentId: string
  departmentName: string
  color: string
  /** Touchpoint cards it owns, by grid and stage. */
  touchpoints: EngagementCard[]
  /** Barrier cards carrying its department. */
  barriersCaused: EngagementCard[]
  /** Barrier sources of its initiatives. */
  barriersRemoved: RemovedBarrier[]
  /** Message and channel cards it carries on communications maps. */
  promises: EngagementCard[]
  initiatives: EngagementInitiative[]
}

/** A stage of a grid that has touchpoints, none of them owned by a department. */
export interface EngagementGap {
  gridId: string
  gridTitle: string
  stageId: string
  stageTitle: string
  /** How many touchpoints the stage has (all without a department). */
  touchpoints: number
}

/** The company's engagement read from the board: per department, and the gaps. */
export interface Engagement {
  /** In the departments' order. */
  departments: DepartmentEngagement[]
  /** Grid by grid, stage by stage. */
  gaps: EngagementGap[]
}

/** Per department: touchpoints, barriers caused and removed, promises, initiatives; and the stages nobody owns. */
export function readEngagement(journey: Journey, roadmap: Roadmap, departments: readonly Department[]): Engagement {
  const cards = listJourneyCards(journey)
  const resolved = resolveSources(roadmap, journey)
  const out = departments.map((department) => {
    const own = cards.filter(({ card }) => card.departmentId === department.id)
    const initiatives = roadmap.initiatives.filter((initiative) => initiative.ownerDepartmentId === department.id)
    return {
      departmentId: department.id,
      departmentName: department.name,
      color: department.color,
      touchpoints: own.filter(({ card }) => card.kind === 'touchpoint').map(toEngagementCard),
      barriersCaused: own.filter(({ card }) => card.kind === 'barrier').map(toEngagementCard),
      barriersRemoved: initiatives.flatMap((initiative) =>
        (resolved[initiative.id] ?? [])
          .filter((source) => source.source.kind === 'barrier')
          .map((source) => ({
            initiativeId: initiative.id,
            cardId: source.source.cardId,
            text: source.status === 'present' ? source.text : '',
          })),
      ),
      promises: own
        .filter(({ card, grid }) => isPromise(card.kind) && classifyGrid(grid) === 'communications')
        .map(toEngagementCard),
      initiatives: initiatives.map(({ id, title, wave, status, metrics }) => ({ id, title, wave, status, metrics })),
    }
  })
  return { departments: out, gaps: readGaps(cards, new Set(departments.map((department) => department.id))) }
}

function readGaps(cards: readonly PlacedCardOut[], departmentIds: ReadonlySet<string>): EngagementGap[] {
  const stages = new Map<string, EngagementGap & { owned: boolean }>()
  for (const { card, grid, stageId, stageTitle } of cards) {
    if (card.kind !== 'touchpoint') continue
    const key = JSON.stringify([grid.id, stageId])
    const gap = stages.get(key) ?? {
      gridId: grid.id,
      gridTitle: grid.title,
      stageId,
      stageTitle,
      touchpoints: 0,
      owned: false,
    }
    gap.touchpoints += 1
    if (departmentIds.has(card.departmentId)) gap.owned = true
    stages.set(key, gap)
  }
  return [...stages.values()].filter((gap) => !gap.owned).map(({ owned: _owned, ...gap }) => gap)
}

function isPromise(kind: string): boolean {
  return kind === 'message' || kind === 'channel'
}

function toEngagementCard({ card, grid, stageId, stageTitle }: PlacedCardOut): EngagementCard {
  const out: EngagementCard = {
    cardId: card.id,
    text: card.text,
    gridId: grid.id,
    gridTitle: grid.title,
    stageId,
    stageTitle,
  }
  if (card.severity !== undefined) out.severity = card.severity
  return out
}
