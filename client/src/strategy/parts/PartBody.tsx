import type { Locale, StrategyPartReport } from '@cxmap/shared'
import type { StrategyT } from '../i18n'
import { CommunicationsBody, JourneysBody, MetricsBody, RequirementsBody } from './BoardBodies'
import { EngagementBody, MonetisationBody, RoadmapBody } from './MeasuredBodies'
import { PersonasBody, StakeholdersBody } from './PeopleBodies'

/** How a part's content is shown: the page shortens long lists, the printed document lists everything. */
export interface BodyProps<P extends StrategyPartReport = StrategyPartReport> {
  part: P
  t: StrategyT
  locale: Locale
  /** Most items a list shows before "…and N more". */
  limit: number
}

/** What the board holds for a part, as tables and lists (shared by the strategy page and the printed section). */
export function PartBody({ part, t, locale, limit }: BodyProps) {
  const props = { t, locale, limit }
  switch (part.id) {
    case 'stakeholders':
      return <StakeholdersBody part={part} {...props} />
    case 'journeys':
      return <JourneysBody part={part} {...props} />
    case 'requirements':
      return <RequirementsBody part={part} {...props} />
    case 'personas':
      return <PersonasBody part={part} {...props} />
    case 'communications':
      return <CommunicationsBody part={part} {...props} />
    case 'metrics':
      return <MetricsBody part={part} {...props} />
    case 'engagement':
      return <EngagementBody part={part} {...props} />
    case 'monetisation':
      return <MonetisationBody part={part} {...props} />
    case 'roadmap':
      return <RoadmapBody part={part} {...props} />
    case 'sustainability':
      return null
  }
}
