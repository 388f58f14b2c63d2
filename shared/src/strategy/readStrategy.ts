import { readCommunicationsPart, readJourneysPart, readRequirementsPart } from './boardParts.ts'
import { assessMaturity } from './maturity.ts'
import { readEngagementPart, readMetricsPart, readMonetisationPart } from './measuredParts.ts'
import { readPersonasPart, readRoadmapPart, readStakeholdersPart, readSustainabilityPart } from './strategyDocParts.ts'
import {
  STRATEGY_FORMAT_VERSION,
  type StrategyInput,
  type StrategyPartReport,
  type StrategyReport,
} from './strategyReport.ts'

/**
 * The CX strategy assembled from the board: the ten parts in the seed's order, each with what the board holds for it,
 * its completeness and what is missing (docs/strategy-format.md), and the maturity self-assessment. Pure.
 */
export function readStrategy(input: StrategyInput): StrategyReport {
  const { journey, roadmap, departments, strategy, locale } = input
  const parts: StrategyPartReport[] = [
    readStakeholdersPart(strategy),
    readJourneysPart(journey),
    readRequirementsPart(journey, roadmap),
    readPersonasPart(journey, strategy),
    readCommunicationsPart(journey),
    readMetricsPart(journey, roadmap),
    readEngagementPart(journey, roadmap, departments),
    readMonetisationPart(journey),
    readRoadmapPart(roadmap, strategy, departments),
    readSustainabilityPart(strategy),
  ]
  return {
    version: STRATEGY_FORMAT_VERSION,
    locale,
    parts,
    completeCount: parts.filter((part) => part.status === 'complete').length,
    maturity: assessMaturity(strategy.maturity),
  }
}
