import {
  CARD_KINDS,
  closeVote,
  createVote,
  DEFAULT_VOTES_PER_PERSON,
  MAX_VOTES_PER_PERSON,
  MIN_VOTES_PER_PERSON,
  writeWorkshop,
  type CardKind,
  type VoteResults,
  type WorkshopVote,
} from '@cxmap/shared'
import i18next from 'i18next'
import { useId, useState, type FormEvent } from 'react'
import { describeApiError } from '../../api/errorMessage'
import { useCardsT, type CardsT } from '../../journey/i18n'
import { useWorkshopT } from '../i18n'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { VoteTopCards } from './VoteTopCards'
import { closeVoteOnServer, readPageToken } from './voteApi'
import { useVoteStore } from './voteStore'
import './vote.css'

/** The kinds offered first when opening a vote: what workshops usually prioritise. */
const DEFAULT_KINDS: readonly CardKind[] = ['barrier']

/** Names of the kinds a vote is about, or "every card". */
export function describeVoteKinds(kinds: readonly CardKind[], cardsT: CardsT, everyKind: string): string {
  return kinds.length === 0 ? everyKind : kinds.map((kind) => cardsT(`kinds.${kind}`)).join(', ')
}

/** The facilitator's dot vote in the cockpit: set it up and open it; see who voted and close it; clear the results. */
export function VoteControls() {
  const t = useWorkshopT()
  const { canControl } = useWorkshopBoard()
  const { vote } = useWorkshop()
  const titleId = useId()
  if (!canControl) return null
  return (
    <section className="workshop-section vote-controls" aria-labelledby={titleId} data-testid="vote-controls">
      <h3 id={titleId} className="workshop-section__title">
        {t('vote.title')}
      </h3>
      {vote ? <CurrentVote vote={vote} /> : <VoteSetupForm />}
    </section>
  )
}

function VoteSetupForm() {
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
        <p id={kindsId} className="muted vote-kinds__hint">
          {t('vote.kindsHint')}
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

function CurrentVote({ vote }: { vote: WorkshopVote }) {
  const t = useWorkshopT()
  const cardsT = useCardsT()
  const { controlDoc, boardId } = useWorkshopBoard()
  const live = useVoteStore((state) => state.live)
  const [isClosing, setClosing] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const results: VoteResults | null = vote.status === 'closed' ? vote.results : live
  const dots = results ? Object.values(results.counts).reduce((sum, count) => sum + count, 0) : 0

  const handleClose = async () => {
    const token = readPageToken()
    if (!token) return
    setClosing(true)
    setError(null)
    try {
      // The server seals the ballot box first, so no dot can arrive between these counts and the close.
      const final = await closeVoteOnServer({ boardId, token, voteId: vote.id })
      writeWorkshop(controlDoc, 'vote', closeVote(vote, final, Date.now()))
    } catch (caught) {
      setError(t('vote.closeFailed', { message: describeApiError(i18next.t, caught) }))
    } finally {
      setClosing(false)
    }
  }

  const kinds = describeVoteKinds(vote.kinds, cardsT, t('vote.everyKind'))
  return (
    <div className="vote-current" data-testid="vote-current" data-status={vote.status}>
      <p className="workshop-section__status" data-testid="vote-status">
        {vote.status === 'open' ? t('vote.statusOpen', { count: vote.votesPerPerson, kinds }) : t('vote.statusClosed')}
      </p>
      {results && (
        <p className="muted workshop-section__status" data-testid="vote-progress">
          {t('vote.progress', { count: results.voters })} · {t('vote.dots', { count: dots })}
        </p>
      )}
      {results && <VoteTopCards counts={results.counts} />}
      {error && (
        <p className="vote-error" role="alert">
          {error}
        </p>
      )}
      {vote.status === 'open' ? (
        <button
          type="button"
          className="button button--primary button--small"
          disabled={isClosing}
          data-testid="vote-close"
          onClick={() => void handleClose()}
        >
          {isClosing ? t('vote.closing') : t('vote.close')}
        </button>
      ) : (
        <button
          type="button"
          className="button button--small"
          data-testid="vote-clear"
          onClick={() => writeWorkshop(controlDoc, 'vote', null)}
        >
          {t('vote.clear')}
        </button>
      )}
    </div>
  )
}
