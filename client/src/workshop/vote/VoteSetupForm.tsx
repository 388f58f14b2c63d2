import {
  CARD_KINDS,
  createVote,
  DEFAULT_VOTES_PER_PERSON,
  MAX_VOTES_PER_PERSON,
  MIN_VOTES_PER_PERSON,
  writeWorkshop,
  type CardKind,
} from '@cxmap/shared'
import { useId, useState, type FormEvent } from 'react'
import { useCardsT } from '../../journey/i18n'
import { useWorkshopT } from '../i18n'
import { useWorkshopBoard } from '../WorkshopContext'
import { describeVoteKindsHint } from './voteKindsHint'
import './vote.css'

/** The kinds offered first when opening a vote: what workshops usually prioritise. */
const DEFAULT_KINDS: readonly CardKind[] = ['barrier']

/** The facilitator's form to set up and open a dot vote. */
export function VoteSetupForm() {
  const t = useWorkshopT()
  const cardsT = useCardsT()
  const { controlDoc } = useWorkshopBoard()
  const [votesPerPerson, setVotesPerPerson] = useState(DEFAULT_VOTES_PER_PERSON)
  const [kinds, setKinds] = useState<readonly CardKind[]>(DEFAULT_KINDS)
  const [anonymous, setAnonymous] = useState(true)
  const [hideResults, setHideResults] = useState(true)
  const countId = useId()
  const kindsId = useId()

  const toggleKind = (kind: CardKind) =>
    setKinds((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]))
  const setCount = (value: number) =>
    setVotesPerPerson(Math.min(MAX_VOTES_PER_PERSON, Math.max(MIN_VOTES_PER_PERSON, Math.round(value) || 1)))
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const settings = { votesPerPerson, kinds: [...kinds], anonymous, hideResults }
    writeWorkshop(controlDoc, 'vote', createVote(settings, crypto.randomUUID(), Date.now()))
  }

  return (
    <form className="vote-setup" onSubmit={handleSubmit} data-testid="vote-setup">
      <p className="muted workshop-section__hint">{t('vote.hint')}</p>
      <div className="vote-setup__row">
        <label htmlFor={countId}>{t('vote.votesPerPerson')}</label>
        <span className="vote-stepper">
          <button
            type="button"
            className="icon-button"
            aria-label={t('vote.fewer')}
            disabled={votesPerPerson <= MIN_VOTES_PER_PERSON}
            onClick={() => setCount(votesPerPerson - 1)}
          >
            −
          </button>
          <input
            id={countId}
            className="input vote-stepper__input"
            type="number"
            inputMode="numeric"
            min={MIN_VOTES_PER_PERSON}
            max={MAX_VOTES_PER_PERSON}
            value={votesPerPerson}
            data-testid="vote-per-person"
            onChange={(event) => setCount(Number(event.target.value))}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t('vote.more')}
            disabled={votesPerPerson >= MAX_VOTES_PER_PERSON}
            onClick={() => setCount(votesPerPerson + 1)}
          >
            +
          </button>
        </span>
      </div>
      <fieldset className="vote-kinds" aria-describedby={kindsId}>
        <legend>{t('vote.kindsLabel')}</legend>
        {CARD_KINDS.map((kind) => (
          <label key={kind} className="vote-kinds__kind">
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              data-testid={`vote-kind-${kind}`}
              onChange={() => toggleKind(kind)}
            />
            {cardsT(`kinds.${kind}`)}
          </label>
        ))}
        <p id={kindsId} className="muted vote-kinds__hint" data-testid="vote-kinds-hint">
          {describeVoteKindsHint(kinds, t, cardsT)}
        </p>
      </fieldset>
      <label className="vote-option">
        <input
          type="checkbox"
          checked={anonymous}
          data-testid="vote-anonymous"
          onChange={() => setAnonymous((v) => !v)}
        />
        <span>
          {t('vote.anonymous')}
          <span className="muted vote-option__hint">{t('vote.anonymousHint')}</span>
        </span>
      </label>
      <label className="vote-option">
        <input
          type="checkbox"
          checked={hideResults}
          data-testid="vote-hide-results"
          onChange={() => setHideResults((v) => !v)}
        />
        <span>
          {t('vote.hideResults')}
          <span className="muted vote-option__hint">{t('vote.hideResultsHint')}</span>
        </span>
      </label>
      <button type="submit" className="button button--primary button--small" data-testid="vote-open">
        {t('vote.open')}
      </button>
    </form>
  )
}
