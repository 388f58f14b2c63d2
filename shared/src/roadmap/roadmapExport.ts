import type { Journey } from '../journey/format/journey.ts'
import { summarizeEffects, type EffectSummary } from './effects.ts'
import type { Roadmap } from './roadmapDoc.ts'
import { resolveSources, type ResolvedSource } from './resolveSources.ts'

/** Version of the roadmap JSON export; within one version fields are only added (as the journey format). */
export const ROADMAP_FORMAT_VERSION = 1

/** The roadmap JSON export (docs/roadmap-format.md). */
export interface RoadmapExport {
  version: typeof ROADMAP_FORMAT_VERSION
  roadmap: Roadmap
  effects: EffectSummary[]
  /** Each initiative's sources against the current journey, by initiative id. */
  sources: Record<string, ResolvedSource[]>
}

/** The roadmap JSON export: the roadmap, its effect summary and its sources resolved against the journey. */
export function buildRoadmapExport(roadmap: Roadmap, journey: Journey): RoadmapExport {
  return {
    version: ROADMAP_FORMAT_VERSION,
    roadmap,
    effects: summarizeEffects(roadmap),
    sources: resolveSources(roadmap, journey),
  }
}
