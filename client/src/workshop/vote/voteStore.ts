import type { MyBallots, Role, VoteResults, WorkshopVote } from '@cxmap/shared'
import { create } from 'zustand'
import i18next from 'i18next'
import { ApiRequestError } from '../../api/client'
import { describeApiError } from '../../api/errorMessage'
import type { WorkshopKey } from '../i18n'
import { castBallot, takeBackBallot, type VoteCaller } from './voteApi'

/** The vote this screen takes part in, and as whom. */
export interface VoteSession {
  caller: VoteCaller
  vote: WorkshopVote
  role: Role
  /** Sent with each dot when the vote is not anonymous. */
  voterName: string
}

/** A message for the person, translated where it is shown (so a language switch applies). */
export interface VoteNotice {
  key: WorkshopKey
  vars?: Record<string, unknown>
  /** Tells two identical notices apart, so each shows afresh. */
  serial: number
}

interface VoteStoreState {
  session: VoteSession | null
  /** This person's dots per card id. */
  mine: Record<string, number>
  /** Dots left, null before the server answered. */
  remaining: number | null
  /** Counts while the vote is open, when this person may see them (polled); null otherwise. */
  live: VoteResults | null
  /** Cards with a ballot request on its way (their buttons wait). */
  busyCardIds: readonly string[]
  notice: VoteNotice | null
  setSession: (session: VoteSession | null) => void
  applyBallots: (ballots: MyBallots) => void
  setLive: (results: VoteResults | null) => void
  showNotice: (key: WorkshopKey, vars?: Record<string, unknown>) => void
  dismissNotice: () => void
  /** Puts one of this person's dots on a card; the server decides, and says why not. */
  castVote: (cardId: string) => Promise<void>
  /** Takes one of this person's dots off a card. */
  takeBackVote: (cardId: string) => Promise<void>
}

let noticeSerial = 0

/** The dot vote as this screen sees it: the session, this person's dots, live counts and the last refusal. */
export const useVoteStore = create<VoteStoreState>()((set, get) => {
  const runBallot = async (cardId: string, send: (session: VoteSession) => Promise<MyBallots>) => {
    const { session, busyCardIds } = get()
    if (!session || busyCardIds.includes(cardId)) return
    set({ busyCardIds: [...busyCardIds, cardId] })
    try {
      const ballots = await send(session)
      if (get().session?.vote.id === session.vote.id) get().applyBallots(ballots)
    } catch (error) {
      const notice = describeBallotError(error, session.vote.votesPerPerson)
      get().showNotice(notice.key, notice.vars)
    } finally {
      set((state) => ({ busyCardIds: state.busyCardIds.filter((id) => id !== cardId) }))
    }
  }
  return {
    session: null,
    mine: {},
    remaining: null,
    live: null,
    busyCardIds: [],
    notice: null,
    setSession: (session) => {
      const previous = get().session
      if (session?.vote.id !== previous?.vote.id) {
        set({ session, mine: {}, remaining: null, live: null, busyCardIds: [], notice: null })
      } else {
        // A refusal from the open vote means nothing once it closed.
        const hasClosed = session?.vote.status !== previous?.vote.status
        set(hasClosed ? { session, notice: null } : { session })
      }
    },
    applyBallots: (ballots) =>
      set({
        mine: Object.fromEntries(ballots.mine.map((entry) => [entry.cardId, entry.count])),
        remaining: ballots.remaining,
      }),
    setLive: (live) => set({ live }),
    showNotice: (key, vars) => set({ notice: { key, vars, serial: ++noticeSerial } }),
    dismissNotice: () => set({ notice: null }),
    castVote: (cardId) =>
      runBallot(cardId, (session) =>
        castBallot(session.caller, cardId, session.vote.anonymous ? undefined : session.voterName),
      ),
    takeBackVote: (cardId) => runBallot(cardId, (session) => takeBackBallot(session.caller, cardId)),
  }
})

/** What to tell the person when the server refused or did not answer a ballot. */
export function describeBallotError(
  error: unknown,
  votesPerPerson: number,
): { key: WorkshopKey; vars?: Record<string, unknown> } {
  if (!(error instanceof ApiRequestError)) return { key: 'vote.failed', vars: { message: String(error) } }
  if (error.code === 'network' || error.code === 'unavailable' || error.code === 'internal') {
    return { key: 'vote.failed', vars: { message: describeApiError(i18next.t, error) } }
  }
  if (error.code === 'conflict') {
    const used = /\((\d+) of (\d+) used\)/.exec(error.message)
    if (used) return { key: 'vote.noVotesLeft', vars: { used: Number(used[1]), total: Number(used[2]) } }
    if (/no votes left/i.test(error.message)) {
      return { key: 'vote.noVotesLeft', vars: { used: votesPerPerson, total: votesPerPerson } }
    }
    return { key: 'vote.closed' }
  }
  if (error.code === 'bad_request') return { key: 'vote.notVotable' }
  if (error.code === 'voter_not_connected') return { key: 'vote.notConnected' }
  if (error.code === 'forbidden') return { key: 'vote.viewer' }
  return { key: 'vote.failed', vars: { message: error.message } }
}
