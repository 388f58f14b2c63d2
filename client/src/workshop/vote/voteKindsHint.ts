import type { CardKind } from '@cxmap/shared'
import type { CardsT } from '../../journey/i18n'
import type { WorkshopT } from '../i18n'

/** The line under the vote's kind checkboxes: what is ticked, or that none ticked means every card. */
export function describeVoteKindsHint(kinds: readonly CardKind[], t: WorkshopT, cardsT: CardsT): string {
  if (kinds.length === 0) return t('vote.kindsHint')
  return t('vote.kindsChosen', { kinds: kinds.map((kind) => cardsT(`kinds.${kind}`)).join(', ') })
}
