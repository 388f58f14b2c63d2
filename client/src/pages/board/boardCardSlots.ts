import type { CardSlots } from '../../journey/cards/cardSlots'
import { CardRoadmapBadge, useHasRoadmapBadge } from '../../roadmap/send/CardRoadmapBadge'
import { PrivateCardMark } from '../../workshop/brainstorm/PrivateCardMark'
import { CardVotes, useCardVoteTargets } from '../../workshop/vote/CardVotes'

/** What a journey card shows of the workshop and the roadmap on the board page (injected: see `cardSlots.tsx`). */
export const boardCardSlots: CardSlots = {
  Votes: CardVotes,
  RoadmapBadge: CardRoadmapBadge,
  PrivateMark: PrivateCardMark,
  useVoteTargets: useCardVoteTargets,
  useHasRoadmapBadge,
}
