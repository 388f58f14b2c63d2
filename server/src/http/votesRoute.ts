import { createHash } from 'node:crypto'
import {
  canSeeResults,
  canVote,
  castBallotRequestSchema,
  VOTER_KEY_HEADER,
  VOTER_KEY_PATTERN,
  type WorkshopVote,
} from '@cxmap/shared'
import { Hono, type Context } from 'hono'
import type { Logger } from '../logger.ts'
import { BallotBox, type BallotOutcome } from '../votes/BallotBox.ts'
import { checkVotableCard, loadCurrentVote, type VoteDocSource } from '../votes/voteDocs.ts'
import { createAuthorizeMiddleware, type BoardAccessEnv } from './boardAuth.ts'
import { createApiError, validateJsonBody } from './errors.ts'

/** What the vote routes are built from. */
export interface VotesRouteDeps extends VoteDocSource {
  logger: Logger
  /**
   * Whether an open canvas connection of the board, with a role that may vote, claimed this voter key (the rooms
   * know). Ballots are placed and taken back only with such a key: a key no open page holds counts for nothing.
   */
  isVoterConnected(boardId: string, voterKey: string): boolean
}

type VotesContext = Context<BoardAccessEnv>

/**
 * `/api/boards/:id/votes/:voteId/…`: dot-vote ballots and results. The vote itself (its limit, kinds, whether it is
 * open) is read from the control doc, which only facilitators write; the ballots live in the server's ballot box,
 * which checks the limit however the request was made.
 */
export function createVotesRoute(deps: VotesRouteDeps): Hono<BoardAccessEnv> {
  const app = new Hono<BoardAccessEnv>()
  const authorize = createAuthorizeMiddleware(deps.store)
  const box = new BallotBox({ store: deps.store, logger: deps.logger })
  app.use('/:id/votes/*', authorize)
  app.use('/:id/votes/*', async (c, next) => {
    c.header('cache-control', 'no-store')
    await next()
  })

  app.post('/:id/votes/:voteId/ballots', validateJsonBody(castBallotRequestSchema), async (c) => {
    const voterId = requireVoter(c, deps)
    const vote = await requireVote(deps, c, { open: true })
    const { cardId, voterName } = c.req.valid('json')
    const card = await checkVotableCard(deps, c.var.access.board.id, vote, cardId)
    if (card === 'missing') throw createApiError(400, 'No such card on the board')
    if (card === 'excluded') throw createApiError(400, 'This card cannot be voted on in this vote')
    const outcome = await box.cast(c.var.access.board.id, {
      voteId: vote.id,
      voterId,
      cardId,
      votesPerPerson: vote.votesPerPerson,
      voterName: vote.anonymous ? undefined : voterName,
    })
    return c.json(requireAccepted(outcome), 201)
  })

  app.delete('/:id/votes/:voteId/ballots/:cardId', async (c) => {
    const voterId = requireVoter(c, deps)
    const vote = await requireVote(deps, c, { open: true })
    const outcome = await box.takeBack(c.var.access.board.id, {
      voteId: vote.id,
      voterId,
      cardId: c.req.param('cardId'),
      votesPerPerson: vote.votesPerPerson,
    })
    return c.json(requireAccepted(outcome))
  })

  app.get('/:id/votes/:voteId/ballots', async (c) => {
    const voterId = requireVoter(c)
    const vote = await requireVote(deps, c)
    return c.json(await box.read(c.var.access.board.id, vote.id, voterId, vote.votesPerPerson))
  })

  app.get('/:id/votes/:voteId/results', async (c) => {
    const vote = await requireVote(deps, c)
    if (!canSeeResults(vote, c.var.access.role)) {
      throw createApiError(403, 'The results are hidden until the vote is closed')
    }
    return c.json(await box.tally(c.var.access.board.id, vote.id, vote.anonymous))
  })

  app.post('/:id/votes/:voteId/close', async (c) => {
    if (c.var.access.role !== 'facilitator') throw createApiError(403, 'Only the facilitator can close a vote')
    const vote = await requireVote(deps, c)
    return c.json(await box.close(c.var.access.board.id, vote.id, vote.anonymous))
  })

  return app
}

/**
 * The caller's voter id: the SHA-256 of the board id and the voter key the browser keeps, so the ballots doc names no
 * person and one browser's ids differ from board to board. Viewers may not vote. With `deps`, the key must also be
 * one that an open connection to the board claimed (403 `voter_not_connected` otherwise): a script inventing keys
 * gets no more voters than it holds open connections, one key per connection.
 */
function requireVoter(c: VotesContext, deps?: Pick<VotesRouteDeps, 'isVoterConnected'>): string {
  if (!canVote(c.var.access.role)) throw createApiError(403, 'Viewers cannot vote')
  const key = c.req.header(VOTER_KEY_HEADER)?.trim().toLowerCase() ?? ''
  if (!VOTER_KEY_PATTERN.test(key)) {
    throw createApiError(400, `A voter key is required (${VOTER_KEY_HEADER}: 64 hex digits)`)
  }
  const boardId = c.var.access.board.id
  if (deps && !deps.isVoterConnected(boardId, key)) {
    throw createApiError(403, 'This voter key belongs to no open page of the board: open the board to vote', {
      code: 'voter_not_connected',
    })
  }
  return createHash('sha256').update(`${boardId}:${key}`).digest('hex')
}

/** The vote named in the path, as the control doc has it now; 404 when it is not the board's vote, 409 when closed. */
async function requireVote(
  source: VoteDocSource,
  c: VotesContext,
  { open = false }: { open?: boolean } = {},
): Promise<WorkshopVote> {
  const vote = await loadCurrentVote(source, c.var.access.board.id)
  if (!vote || vote.id !== c.req.param('voteId')) throw createApiError(404, 'No such vote on this board')
  if (open && vote.status !== 'open') throw createApiError(409, 'The vote is closed')
  return vote
}

function requireAccepted(outcome: BallotOutcome) {
  if (outcome.ok) return outcome.ballots
  if (outcome.reason === 'closed') throw createApiError(409, 'The vote is closed')
  if (outcome.reason === 'no_vote_on_card') throw createApiError(404, 'You have no vote on this card')
  throw createApiError(409, `No votes left (${outcome.used} of ${outcome.limit} used)`)
}
