import {
  getRoadmapMap,
  readDocJourney,
  readRoadmap,
  resolveSources,
  type Initiative,
  type Journey,
  type ResolvedSource,
  type Roadmap,
} from '@cxmap/shared'
import type * as Y from 'yjs'

/** The roadmap as the views read it. */
export interface RoadmapSnapshot {
  roadmap: Roadmap
  byId: ReadonlyMap<string, Initiative>
  /** Per card id, the ids of the initiatives that name it as a source (roadmap order). */
  linksByCard: ReadonlyMap<string, readonly string[]>
}

/** The map's journey and where each initiative's sources are now. */
export interface JourneySnapshot {
  journey: Journey
  sources: Record<string, ResolvedSource[]>
}

/** How long journey changes (cards moving, text typed) are gathered before the views re-read the journey. */
export const JOURNEY_REFRESH_MS = 150

/**
 * A board doc's roadmap, re-read when the roadmap changes, and its journey, re-read (at most every
 * {@link JOURNEY_REFRESH_MS}) only while a view listens: the canvas changes far more often than the roadmap, and
 * reading the whole journey is not free. Snapshots are immutable; a listener is told when a new one is ready.
 */
export class LiveRoadmap {
  private roadmapSnapshot: RoadmapSnapshot | null = null
  private journeySnapshot: JourneySnapshot | null = null
  private readonly roadmapListeners = new Set<() => void>()
  private readonly journeyListeners = new Set<() => void>()
  private journeyTimer: ReturnType<typeof setTimeout> | null = null
  private roadmapMap: Y.Map<unknown> | null = null

  constructor(readonly doc: Y.Doc) {}

  /** Starts following the doc (again after {@link stop}); snapshots read before are re-read. */
  start(): void {
    if (this.roadmapMap) return
    this.roadmapMap = getRoadmapMap(this.doc)
    this.roadmapMap.observeDeep(this.handleRoadmapChange)
    this.handleRoadmapChange()
  }

  /** Stops following the doc. */
  stop(): void {
    this.roadmapMap?.unobserveDeep(this.handleRoadmapChange)
    this.roadmapMap = null
    this.doc.off('update', this.handleDocUpdate)
    if (this.journeyTimer) clearTimeout(this.journeyTimer)
    this.journeyTimer = null
  }

  subscribeRoadmap = (listener: () => void): (() => void) => {
    this.roadmapListeners.add(listener)
    return () => this.roadmapListeners.delete(listener)
  }

  getRoadmap = (): RoadmapSnapshot => {
    this.roadmapSnapshot ??= buildRoadmapSnapshot(readRoadmap(this.doc), this.roadmapSnapshot)
    return this.roadmapSnapshot
  }

  subscribeJourney = (listener: () => void): (() => void) => {
    if (this.journeyListeners.size === 0) {
      this.journeySnapshot = null
      this.doc.on('update', this.handleDocUpdate)
    }
    this.journeyListeners.add(listener)
    return () => {
      this.journeyListeners.delete(listener)
      if (this.journeyListeners.size > 0) return
      this.doc.off('update', this.handleDocUpdate)
      if (this.journeyTimer) clearTimeout(this.journeyTimer)
      this.journeyTimer = null
    }
  }

  getJourney = (): JourneySnapshot => {
    if (!this.journeySnapshot) {
      const journey = readDocJourney(this.doc)
      this.journeySnapshot = { journey, sources: resolveSources(this.getRoadmap().roadmap, journey) }
    }
    return this.journeySnapshot
  }

  private handleRoadmapChange = () => {
    this.roadmapSnapshot = buildRoadmapSnapshot(readRoadmap(this.doc), this.roadmapSnapshot)
    if (this.journeySnapshot) {
      const { journey } = this.journeySnapshot
      this.journeySnapshot = { journey, sources: resolveSources(this.roadmapSnapshot.roadmap, journey) }
    }
    for (const listener of [...this.roadmapListeners, ...this.journeyListeners]) listener()
  }

  private handleDocUpdate = () => {
    if (this.journeyTimer) return
    this.journeyTimer = setTimeout(() => {
      this.journeyTimer = null
      this.journeySnapshot = null
      for (const listener of [...this.journeyListeners]) listener()
    }, JOURNEY_REFRESH_MS)
  }
}

/** Indexes a roadmap; keeps the previous snapshot's link lists where they did not change (cards re-render less). */
export function buildRoadmapSnapshot(roadmap: Roadmap, previous: RoadmapSnapshot | null): RoadmapSnapshot {
  const byId = new Map(roadmap.initiatives.map((initiative) => [initiative.id, initiative]))
  const collected = new Map<string, string[]>()
  for (const initiative of roadmap.initiatives) {
    for (const source of initiative.sources) {
      const ids = collected.get(source.cardId) ?? []
      if (!ids.includes(initiative.id)) ids.push(initiative.id)
      collected.set(source.cardId, ids)
    }
  }
  const linksByCard = new Map<string, readonly string[]>()
  for (const [cardId, ids] of collected) {
    const before = previous?.linksByCard.get(cardId)
    linksByCard.set(cardId, before && sameIds(before, ids) ? before : ids)
  }
  return { roadmap, byId, linksByCard }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index])
}
